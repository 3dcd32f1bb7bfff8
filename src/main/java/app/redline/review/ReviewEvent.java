package app.redline.review;

import app.redline.document.SegmentStatus;
import java.time.Instant;

/**
 * One row of the review audit trail. An APPROVE event is the approval of {@code revisionNo}.
 *
 * @param reason           why a reviewer rejected the segment (rejections only)
 * @param overrideReason   why a reviewer went ahead over open errors or a check that could not run, when they did
 * @param overriddenIssues the errors that were open then and the checks that had not run, one per line, when
 *                         overridden
 */
public record ReviewEvent(long id, long segmentId, long documentId, ReviewAction action, SegmentStatus from,
                          SegmentStatus to, int revisionNo, String actor, String reason, String overrideReason,
                          String overriddenIssues, Instant createdAt) {}
