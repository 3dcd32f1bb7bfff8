package app.redline.document;

import java.time.Instant;

/** One archiving or restoring of a document, as appended to its archive trail. */
public record ArchiveChange(long id, long documentId, Kind change, String changedBy, Instant changedAt) {

    public enum Kind { ARCHIVED, RESTORED }
}
