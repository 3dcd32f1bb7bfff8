package app.redline.review;

import java.time.Instant;

/** A submitted segment waiting for a reviewer, with what the queue shows of it. */
public record QueuedSegment(long segmentId, long documentId, String documentTitle, int position, String readout,
                            String cleanText, String submittedBy, Instant submittedAt, boolean rejectedBefore) {}
