package app.redline.review;

import static app.redline.document.SegmentStatus.APPROVED;
import static app.redline.document.SegmentStatus.DRAFT;
import static app.redline.document.SegmentStatus.NEW;
import static app.redline.document.SegmentStatus.REJECTED;
import static app.redline.document.SegmentStatus.SUBMITTED;

import app.redline.document.SegmentStatus;
import app.redline.review.ReviewDecision.Allowed;
import app.redline.review.ReviewDecision.Refused;
import app.redline.user.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which review move each role may make. Services, the API and the UI ask it; the
 * database only records what it allowed. Rules, in the order they are checked:
 * <ol>
 *   <li>Translators submit; reviewers approve and reject, and submit only revisions they wrote.</li>
 *   <li>Do-not-translate segments are not reviewed.</li>
 *   <li>Four eyes, without exception: nobody approves a revision they wrote. A reviewer who edits a segment while
 *       reviewing it submits the edit, and another reviewer approves it.</li>
 *   <li>The status must be one the action starts from (table below). A reviewer's own edit of a segment someone
 *       else submitted is still under review: they may reject it from draft (or submit it).</li>
 *   <li>Submitting and approving wait while error-severity issues are open, or while a check could not run on the
 *       saved text (errors cannot be ruled out then), unless a reviewer states a reason.</li>
 * </ol>
 */
public final class ReviewStateMachine {

    private record Rule(Set<SegmentStatus> from, SegmentStatus to, boolean fromOwnReviewEdit, boolean gated) {}

    private static final Map<ReviewAction, Rule> RULES = new EnumMap<>(Map.of(
            ReviewAction.SUBMIT, new Rule(EnumSet.of(NEW, DRAFT), SUBMITTED, false, true),
            ReviewAction.APPROVE, new Rule(EnumSet.of(SUBMITTED), APPROVED, false, true),
            ReviewAction.REJECT, new Rule(EnumSet.of(SUBMITTED, APPROVED), REJECTED, true, false)));

    /** Why a reviewer may not approve a revision they wrote; also the editor's tooltip on Approve. */
    public static final String FOUR_EYES_MESSAGE = "You wrote the latest revision: another reviewer must approve it.";

    private ReviewStateMachine() {}

    public static ReviewDecision decide(SegmentStatus from, ReviewAction action, Set<Role> roles, ReviewFacts facts) {
        Rule rule = RULES.get(action);
        boolean reviewer = roles.contains(Role.REVIEWER);
        if (!mayTake(action, roles, facts)) {
            return new Refused(Refusal.ROLE, roleMessage(action));
        }
        if (!facts.translatable()) {
            return new Refused(Refusal.NOT_TRANSLATABLE, "This segment is marked do-not-translate; it is not reviewed.");
        }
        if (action == ReviewAction.APPROVE && facts.actorWroteRevision()) {
            return new Refused(Refusal.FOUR_EYES, FOUR_EYES_MESSAGE
                    + (from == DRAFT ? " Submit your edit so that they can." : ""));
        }
        boolean ownReviewEdit = rule.fromOwnReviewEdit() && from == DRAFT && facts.ownEditWhileReviewing();
        if (!rule.from().contains(from) && !ownReviewEdit) {
            return new Refused(Refusal.STATE, stateMessage(action, from));
        }
        if (rule.gated() && facts.gateClosed() && !(facts.overrideGiven() && reviewer)) {
            return new Refused(Refusal.GATE, facts.checksNotRun().isEmpty()
                    ? gateMessage(action, reviewer, facts.overrideGiven())
                    : uncheckedMessage(action, reviewer, facts));
        }
        return new Allowed(rule.to(), rule.gated() && facts.gateClosed());
    }

    /** Whether the action can start from this status at all (roles and facts aside): what a screen offers. */
    public static boolean startsFrom(ReviewAction action, SegmentStatus status) {
        Rule rule = RULES.get(action);
        return rule.from().contains(status) || rule.fromOwnReviewEdit() && status == DRAFT;
    }

    private static boolean mayTake(ReviewAction action, Set<Role> roles, ReviewFacts facts) {
        return switch (action) {
            case SUBMIT -> roles.contains(Role.TRANSLATOR) || (roles.contains(Role.REVIEWER) && facts.actorWroteRevision());
            case APPROVE, REJECT -> roles.contains(Role.REVIEWER);
        };
    }

    /** Who may take the action, said to a user who may not. */
    public static String roleMessage(ReviewAction action) {
        return switch (action) {
            case SUBMIT -> "Translators submit segments; a reviewer submits only a revision they wrote.";
            case APPROVE -> "Only reviewers approve segments.";
            case REJECT -> "Only reviewers reject segments.";
        };
    }

    private static String stateMessage(ReviewAction action, SegmentStatus from) {
        String now = "The segment is " + switch (from) {
            case NEW -> "not edited yet";
            case DRAFT -> "a draft";
            case SUBMITTED -> "submitted";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
        };
        return now + ": " + switch (action) {
            case SUBMIT -> from == REJECTED ? "edit it before you submit it again."
                    : "only new or draft segments can be submitted.";
            case APPROVE -> "only submitted segments can be approved.";
            case REJECT -> "only submitted or approved segments can be rejected.";
        };
    }

    /** A check did not run: the gate stays shut as for open errors, and the message says which check and why. */
    private static String uncheckedMessage(ReviewAction action, boolean reviewer, ReviewFacts facts) {
        String verb = action == ReviewAction.SUBMIT ? "submitted" : "approved";
        boolean one = facts.checksNotRun().size() == 1;
        String why = String.join("; ", facts.checksNotRun()) + ", so errors cannot be ruled out"
                + (facts.openErrors() ? ", and the segment has open errors" : "");
        String until = ": it can be " + verb + " once " + (one ? "the check runs" : "the checks run") + " again"
                + (facts.openErrors() ? " and the errors are fixed or dismissed" : "");
        if (reviewer) {
            return why + until + ", or if you state a reason to go ahead " + (one ? "without it." : "without them.");
        }
        return why + until + "." + (facts.overrideGiven() ? " Only a reviewer may go ahead without it."
                : " A reviewer may go ahead with a stated reason.");
    }

    private static String gateMessage(ReviewAction action, boolean reviewer, boolean overrideGiven) {
        String verb = action == ReviewAction.SUBMIT ? "submitted" : "approved";
        if (reviewer) {
            return "The segment has open errors: it can be " + verb + " once they are fixed or dismissed, "
                    + "or if you state a reason to override them.";
        }
        return "The segment has open errors: fix them or dismiss false positives before it is " + verb + "."
                + (overrideGiven ? " Only a reviewer may override errors." : " A reviewer may override them.");
    }
}
