package app.redline.review;

import java.time.Instant;

/**
 * One line of a document's audit view: a review event, a sign-off or an assignment change.
 *
 * @param action          SUBMIT, APPROVE, REJECT, SIGN_OFF, ASSIGNED or UNASSIGNED
 * @param segmentPosition the segment's number in the document; null for document-wide entries
 * @param from            status before (review events only)
 * @param to              status after (review events only)
 * @param reason          a rejection's reason, a sign-off's count, or who was (un)assigned in which role
 */
public record AuditEntry(Instant at, String actor, String action, Integer segmentPosition, String from, String to,
                         Integer revisionNo, String reason, String overrideReason, String overriddenIssues) {}
