package app.redline.document;

/** A segment found by a {@link StatusQuery}, with its document's title and the number of its latest revision. */
public record WaitingSegment(SegmentSnapshot segment, String documentTitle, int latestRevisionNo) {}
