package app.redline.delivery;

import app.redline.review.ReviewerAssignments;
import app.redline.user.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Answers the review workflow's question of who decides on a document, from the current assignments. */
@Component
class AssignedReviewers implements ReviewerAssignments {

    private final DocumentAssignments assignments;

    AssignedReviewers(DocumentAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<String> reviewersOf(long documentId) {
        return assignments.forDocument(documentId).reviewers();
    }

    @Override
    public Set<Long> assignedTo(String reviewer) {
        return Set.copyOf(assignments.documentsOf(reviewer, Role.REVIEWER));
    }

    @Override
    public Set<Long> closedTo(String reviewer) {
        return Set.copyOf(assignments.reviewedByOthersOnly(reviewer));
    }
}
