/** The review workflow: state machine, review moves (append-only), queue, seen revisions, bulk review; the queue screen. */
@ApplicationModule(displayName = "Review", allowedDependencies = {"base", "user", "security", "project", "document", "document::diff", "checks"})
package app.redline.review;

import org.springframework.modulith.ApplicationModule;
