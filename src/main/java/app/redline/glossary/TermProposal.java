package app.redline.glossary;

import app.redline.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A term a translator or reviewer proposed from the editor, waiting for a glossary manager's decision. */
@Entity
class TermProposal extends AbstractEntity {

    enum Status { PENDING, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;
    private Long segmentId;
    private String sourceLanguage;
    private String sourceTerm;
    private String targetLanguage;
    private String targetTerm;
    private String note;
    private String proposedBy;
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private String decidedBy;
    private Instant decidedAt;
    private String reason;
    private Long conceptId;

    @Version
    private long version;

    protected TermProposal() {}

    TermProposal(long projectId, Long segmentId, String sourceLanguage, String sourceTerm, String targetLanguage,
                 String targetTerm, String note, String proposedBy) {
        this.projectId = projectId;
        this.segmentId = segmentId;
        this.sourceLanguage = sourceLanguage;
        this.sourceTerm = sourceTerm;
        this.targetLanguage = targetLanguage;
        this.targetTerm = targetTerm;
        this.note = note;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    @Override
    protected Long id() {
        return id;
    }

    void accept(long conceptId, String manager) {
        decide(Status.ACCEPTED, manager, null);
        this.conceptId = conceptId;
    }

    void decline(String manager, String reason) {
        decide(Status.DECLINED, manager, reason);
    }

    private void decide(Status decision, String manager, String why) {
        if (status != Status.PENDING) {
            throw new GlossaryConflictException("This proposal was already " + status.name().toLowerCase() + " by " + decidedBy + ".");
        }
        this.status = decision;
        this.decidedBy = manager;
        this.decidedAt = Instant.now();
        this.reason = why;
    }

    ProposalData data() {
        return new ProposalData(id, projectId, segmentId, sourceLanguage, sourceTerm, targetLanguage, targetTerm, note,
                proposedBy, proposedAt, status.name(), decidedBy, decidedAt, reason, conceptId);
    }
}
