package app.redline.review;

import app.redline.document.SegmentStatus;

/**
 * A segment moved in review (submitted, approved or rejected), published inside the transaction that recorded it;
 * {@code revisionNo} is the revision the move decided on, {@code revisionAuthor} who wrote it.
 */
public record ReviewMoved(long documentId, long segmentId, ReviewAction action, SegmentStatus from, SegmentStatus to,
                          int revisionNo, String revisionAuthor, String actor) {}
