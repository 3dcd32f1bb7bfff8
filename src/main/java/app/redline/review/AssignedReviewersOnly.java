package app.redline.review;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one rule about assigned reviewers, and its one refusal: a document with assigned reviewers is decided by them
 * alone (its segments approved or rejected, the document signed off); with none, by any reviewer.
 */
@Component
public class AssignedReviewersOnly {

    private final ReviewerAssignments assignments;

    AssignedReviewersOnly(ReviewerAssignments assignments) {
        this.assignments = assignments;
    }

    /** Whether the reviewer may decide, given the document's assigned reviewers. */
    public static boolean mayDecide(List<String> assignedReviewers, String reviewer) {
        return assignedReviewers.isEmpty() || assignedReviewers.contains(reviewer);
    }

    /**
     * Refuses the reviewer unless they may decide on the document.
     *
     * @param decision what only assigned reviewers do, completing "only assigned reviewers …", e.g. "sign it off"
     */
    public void require(long documentId, String reviewer, String decision) {
        List<String> reviewers = assignments.reviewersOf(documentId);
        if (!mayDecide(reviewers, reviewer)) {
            throw new ReviewRefusedException(Refusal.NOT_ASSIGNED, "This document is assigned to "
                    + String.join(", ", reviewers) + " for review: only assigned reviewers " + decision + ".");
        }
    }
}
