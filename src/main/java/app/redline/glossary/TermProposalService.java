package app.redline.glossary;

import app.redline.base.StorableText;
import app.redline.base.UserMessageException;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Terms proposed from the editor, and the glossary managers' queue that accepts or declines them. */
@Service
public class TermProposalService {

    private final TermProposalRepository proposals;
    private final ProjectService projects;
    private final GlossaryService glossaries;

    TermProposalService(TermProposalRepository proposals, ProjectService projects, GlossaryService glossaries) {
        this.proposals = proposals;
        this.projects = projects;
        this.glossaries = glossaries;
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'GLOSSARY_MANAGER', 'ADMIN')")
    @Transactional
    public ProposalData propose(long projectId, Long segmentId, String sourceTerm, String targetTerm, String note) {
        StorableText.require("The source term", sourceTerm);
        StorableText.require("The note", note);
        ProjectInfo project = projects.get(projectId);
        String target = StorableText.require("The proposed term", targetTerm == null ? "" : targetTerm.strip());
        if (target.isEmpty() || target.length() > ConceptValidator.MAX_TERM_LENGTH) {
            throw UserMessageException.invalid("Select or type the term to propose (1 to "
                    + ConceptValidator.MAX_TERM_LENGTH + " characters).");
        }
        return proposals.save(new TermProposal(projectId, segmentId, project.sourceLanguage(),
                TermData.blankToNull(sourceTerm), project.targetLanguage(), target, TermData.blankToNull(note),
                CurrentUser.username())).data();
    }

    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional(readOnly = true)
    public List<ProposalData> pending() {
        return proposals.findByStatusOrderByProposedAt(TermProposal.Status.PENDING).stream().map(TermProposal::data).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalData> mine() {
        return proposals.findByProposedByOrderByProposedAtDesc(CurrentUser.username()).stream().map(TermProposal::data).toList();
    }

    /** Saves the concept the manager made of the proposal (edited as needed) and marks the proposal accepted. */
    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional
    public ConceptData accept(long proposalId, ConceptData concept) {
        TermProposal proposal = find(proposalId);
        ConceptData saved = glossaries.save(concept);
        proposal.accept(saved.id(), CurrentUser.username());
        return saved;
    }

    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional
    public ProposalData decline(long proposalId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserMessageException.invalid("Say why the proposal is declined: the translator reads it.");
        }
        TermProposal proposal = find(proposalId);
        proposal.decline(CurrentUser.username(), reason.strip());
        return proposal.data();
    }

    /** A draft concept for a proposal: source term preferred, proposed target term preferred. */
    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional(readOnly = true)
    public ConceptData draftFor(ProposalData proposal, long glossaryId) {
        var terms = new java.util.ArrayList<TermData>();
        if (proposal.sourceTerm() != null) {
            terms.add(TermData.of(proposal.sourceLanguage(), proposal.sourceTerm(), TermStatus.PREFERRED));
        }
        terms.add(new TermData(null, proposal.targetLanguage(), proposal.targetTerm(), TermStatus.PREFERRED, false,
                MatchMode.defaultFor(proposal.targetLanguage()), null, proposal.note(), null));
        return ConceptData.draft(glossaryId, null, terms);
    }

    private TermProposal find(long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> UserMessageException.notFound("There is no proposal with id " + proposalId + "."));
    }
}
