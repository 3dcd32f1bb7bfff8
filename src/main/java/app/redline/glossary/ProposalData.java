package app.redline.glossary;

import java.time.Instant;

public record ProposalData(long id, long projectId, Long segmentId, String sourceLanguage, String sourceTerm,
                           String targetLanguage, String targetTerm, String note, String proposedBy, Instant proposedAt,
                           String status, String decidedBy, Instant decidedAt, String reason, Long conceptId) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
