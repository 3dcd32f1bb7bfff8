/**
 * The review workflow: the state machine, review moves (append-only, published as ReviewMoved), the queue, seen
 * revisions and bulk review; the queue screen. Who may decide on a document it asks through ReviewerAssignments.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {
        "base", "user", "security", "project", "document", "document::diff", "checks"})
package app.redline.review;

import org.springframework.modulith.ApplicationModule;
