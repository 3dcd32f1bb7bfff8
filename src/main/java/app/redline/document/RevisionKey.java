package app.redline.document;

/** One revision of one segment, as other modules name it (an approval, an error mark, a measure). */
public record RevisionKey(long segmentId, int revisionNo) {}
