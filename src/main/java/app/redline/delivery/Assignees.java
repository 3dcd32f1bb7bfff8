package app.redline.delivery;

import app.redline.review.AssignedReviewersOnly;
import java.util.List;

/** Who is assigned to a document, by user name; empty lists mean nobody is. */
public record Assignees(long documentId, List<String> translators, List<String> reviewers) {

    public Assignees {
        translators = List.copyOf(translators);
        reviewers = List.copyOf(reviewers);
    }

    public static Assignees none(long documentId) {
        return new Assignees(documentId, List.of(), List.of());
    }

    /** With no reviewer assigned any reviewer may decide; otherwise only the assigned ones. */
    public boolean mayReview(String reviewer) {
        return AssignedReviewersOnly.mayDecide(reviewers, reviewer);
    }
}
