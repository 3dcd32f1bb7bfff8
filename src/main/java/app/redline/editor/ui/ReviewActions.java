package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.review.Refusal;
import app.redline.review.ReviewAction;
import app.redline.review.ReviewConflictException;
import app.redline.review.ReviewRefusedException;
import app.redline.review.ReviewService;
import app.redline.review.ReviewStateMachine;
import app.redline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The open segment's review moves: translators submit, reviewers approve or reject with a reason. Refusals are
 * explained; a reviewer may go past open errors by stating why, which is recorded. The service decides; the
 * buttons only follow what the segment's status and the user's roles make possible.
 */
class ReviewActions {

    final Button submit = new Button("Submit");
    final Button approve = new Button("Approve");
    final Button reject = new Button("Reject…");
    /** Why the open segment was sent back, for the translator to act on. */
    final Div note = new Div();

    private final ReviewService reviews;
    private final SegmentService segments;
    private final boolean reviewer;
    private final Supplier<SegmentSnapshot> saveOpenSegment;
    private final Consumer<SegmentSnapshot> onChanged;
    private SegmentSnapshot segment;

    /**
     * @param saveOpenSegment saves pending edits first and returns the segment as saved (null when the save was refused)
     * @param onChanged       shows the segment as the review move left it
     */
    ReviewActions(ReviewService reviews, SegmentService segments, boolean translator, boolean reviewer,
                  Supplier<SegmentSnapshot> saveOpenSegment, Consumer<SegmentSnapshot> onChanged) {
        this.reviews = reviews;
        this.segments = segments;
        this.reviewer = reviewer;
        this.saveOpenSegment = saveOpenSegment;
        this.onChanged = onChanged;
        submit.addClickListener(click -> submit());
        approve.addClickListener(click -> approve());
        reject.addClickListener(click -> reject());
        submit.setVisible(translator || reviewer);
        approve.setVisible(reviewer);
        reject.setVisible(reviewer);
        note.addClassName("review-note");
        follow(null);
    }

    /** Follows the open segment (null when none is open). */
    void follow(SegmentSnapshot open) {
        segment = open;
        boolean reviewable = open != null && open.translatable();
        SegmentStatus status = open == null ? null : open.status();
        // The state machine says where each move can start; the service still decides for this user and revision.
        submit.setEnabled(reviewable && ReviewStateMachine.startsFrom(ReviewAction.SUBMIT, status));
        boolean approvable = reviewable && ReviewStateMachine.startsFrom(ReviewAction.APPROVE, status);
        // Four eyes: Approve is not offered to the author of the latest revision, and the tooltip says why.
        boolean ownRevision = approvable && reviewer && wroteLatestRevision(open);
        approve.setEnabled(approvable && !ownRevision);
        approve.setTooltipText(ownRevision ? ReviewStateMachine.FOUR_EYES_MESSAGE : null);
        reject.setEnabled(reviewable && ReviewStateMachine.startsFrom(ReviewAction.REJECT, status));
        submit.setTooltipText(status == SegmentStatus.REJECTED ? "Change the text as asked, then submit it again." : null);
        showRejection(open);
    }

    /** The move the keyboard's "done" key makes here: reviewers approve what waits for them, others submit. */
    boolean done() {
        if (segment == null) {
            return false;
        }
        boolean waitingForReview = segment.status() == SegmentStatus.SUBMITTED;
        return reviewer && waitingForReview ? approve() : submit();
    }

    boolean submit() {
        return act(ReviewAction.SUBMIT, null);
    }

    boolean approve() {
        return act(ReviewAction.APPROVE, null);
    }

    void reject() {
        SegmentSnapshot saved = saveOpenSegment.get();
        if (saved == null) {
            return;
        }
        new ReasonDialog("Reject segment " + saved.position(), "The translator sees your reason beside the segment.",
                "What should the translator change?", "Reject", reason -> run(() -> reviews.reject(saved.id(), saved.version(), reason)))
                .open();
    }

    private boolean act(ReviewAction action, String overrideReason) {
        SegmentSnapshot saved = saveOpenSegment.get();
        if (saved == null) {
            return false;
        }
        try {
            SegmentSnapshot after = action == ReviewAction.SUBMIT
                    ? reviews.submit(saved.id(), saved.version(), overrideReason)
                    : reviews.approve(saved.id(), latestRevision(saved), saved.version(), overrideReason);
            onChanged.accept(after);
            return true;
        } catch (ReviewRefusedException refused) {
            if (refused.refusal() == Refusal.GATE && reviewer) {
                // The message says what holds the segment back: open errors, or a check that could not run.
                new ReasonDialog("Go ahead anyway?", refused.getMessage(),
                        "Why is it right as it is? (recorded with the " + action.name().toLowerCase() + ")",
                        action == ReviewAction.SUBMIT ? "Submit anyway" : "Approve anyway",
                        reason -> act(action, reason)).open();
            } else {
                warn(refused.getMessage());
            }
        } catch (ReviewConflictException conflict) {
            warn(conflict.getMessage());
            onChanged.accept(conflict.current());
        } catch (AccessDeniedException denied) {
            warn(ReviewStateMachine.roleMessage(action));
        }
        return false;
    }

    private void run(Supplier<SegmentSnapshot> move) {
        try {
            onChanged.accept(move.get());
        } catch (ReviewConflictException conflict) {
            warn(conflict.getMessage());
            onChanged.accept(conflict.current());
        } catch (UserMessageException refused) {
            warn(refused.getMessage());
        }
    }

    private boolean wroteLatestRevision(SegmentSnapshot open) {
        return segments.latestRevision(open.id()).author().equals(CurrentUser.username());
    }

    private int latestRevision(SegmentSnapshot saved) {
        return segments.latestRevision(saved.id()).revisionNo();
    }

    private void showRejection(SegmentSnapshot open) {
        note.removeAll();
        note.setVisible(false);
        if (open == null || open.status() != SegmentStatus.REJECTED) {
            return;
        }
        reviews.history(open.id()).stream().filter(event -> event.action() == ReviewAction.REJECT).findFirst()
                .ifPresent(rejection -> {
                    note.setText("Rejected by " + rejection.actor() + ": " + rejection.reason());
                    note.setVisible(true);
                });
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
