package app.redline.review;

import java.time.Instant;

/**
 * A submitted segment waiting for a reviewer, with what the queue shows of it.
 *
 * @param revisionNo the latest revision, the one an approval from the queue names
 * @param version    the segment's version when listed, so a later edit makes a bulk approval fail
 * @param seenByMe   the reviewer has opened this revision, so it may be approved with others
 * @param issueCount errors and warnings in the segment's stored check result
 */
public record QueuedSegment(long segmentId, long documentId, String documentTitle, int position, String readout,
                            String cleanText, String submittedBy, Instant submittedAt, boolean rejectedBefore,
                            int revisionNo, long version, boolean seenByMe, int issueCount) {}
