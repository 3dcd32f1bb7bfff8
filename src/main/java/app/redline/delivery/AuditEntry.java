package app.redline.delivery;

import java.time.Instant;

/**
 * One line of a document's audit view: a review event, a sign-off, an assignment change, a comment or an error mark.
 *
 * @param action          SUBMIT, APPROVE, REJECT, SIGN_OFF, ASSIGNED, UNASSIGNED, COMMENT, ERROR_MARKED or
 *                        ERROR_WITHDRAWN
 * @param segmentPosition the segment's number in the document; null for document-wide entries
 * @param from            status before (review events only)
 * @param to              status after (review events only)
 * @param reason          a rejection's reason, a sign-off's count, who was (un)assigned in which role, a comment's
 *                        text, or the error marked (and why it was withdrawn)
 */
public record AuditEntry(Instant at, String actor, String action, Integer segmentPosition, String from, String to,
                         Integer revisionNo, String reason, String overrideReason, String overriddenIssues) {}
