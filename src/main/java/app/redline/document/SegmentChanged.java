package app.redline.document;

/**
 * Published when a segment's text, review status or translatability changed, inside the changing transaction;
 * listeners that tell other people (open editors) should wait for the commit. {@code version} is the segment's
 * version after the change, so an editor can tell its own save from someone else's.
 */
public record SegmentChanged(long documentId, long segmentId, long version, String by) {

    static SegmentChanged of(SegmentSnapshot segment, String by) {
        return new SegmentChanged(segment.documentId(), segment.id(), segment.version(), by);
    }
}
