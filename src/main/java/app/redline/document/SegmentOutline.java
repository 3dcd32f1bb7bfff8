package app.redline.document;

/** A segment without its texts: where it stands, and the number of its latest revision. */
public record SegmentOutline(long id, long documentId, int position, SegmentStatus status, boolean translatable,
                             int latestRevisionNo) {}
