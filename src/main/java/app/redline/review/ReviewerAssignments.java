package app.redline.review;

import java.util.List;
import java.util.Set;

/**
 * Who decides on a document's segments. The module that assigns reviewers (delivery) answers; the review workflow
 * asks through this interface, so it needs nothing of how assignments are kept.
 */
public interface ReviewerAssignments {

    /** The document's assigned reviewers, by user name; empty when any reviewer may decide. */
    List<String> reviewersOf(long documentId);

    /** Documents the reviewer is assigned to review. */
    Set<Long> assignedTo(String reviewer);

    /** Documents with assigned reviewers, the given one not among them: no queue of theirs shows them. */
    Set<Long> closedTo(String reviewer);
}
