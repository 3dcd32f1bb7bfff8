package app.redline.document;

import java.time.Instant;

/** A segment as it stood at {@code version}; saves name that version to detect concurrent edits. */
public record SegmentSnapshot(
        long id,
        long documentId,
        int position,
        int paragraph,
        String sourceText,
        String readout,
        String cleanText,
        SegmentStatus status,
        boolean translatable,
        long version,
        String updatedBy,
        Instant updatedAt) {}
