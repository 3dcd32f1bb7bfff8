package app.redline.quality;

import java.time.Instant;

/**
 * An error a reviewer marked in one revision's clean text: characters {@code start} to {@code end} (UTF-16 offsets,
 * end exclusive), {@code markedText} as it read then. Withdrawn annotations keep their row; {@code withdrawal} says
 * who withdrew it and why.
 */
public record Annotation(long id, long segmentId, long documentId, int segmentPosition, int revisionNo,
                         String revisionAuthor, int start, int end, String markedText, ErrorCategory category,
                         ErrorSeverity severity, String note, String annotatedBy, Instant createdAt,
                         Withdrawal withdrawal) {

    public record Withdrawal(String withdrawnBy, String reason, Instant withdrawnAt) {}

    /** The same annotation with its segment's number and its revision's author, as the document module knows them. */
    Annotation placed(int position, String author) {
        return new Annotation(id, segmentId, documentId, position, revisionNo, author, start, end, markedText, category,
                severity, note, annotatedBy, createdAt, withdrawal);
    }

    public boolean active() {
        return withdrawal == null;
    }
}
