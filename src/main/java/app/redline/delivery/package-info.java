/** Assignment, sign-off, exports (text, CSV, XLIFF) and the audit trail; the documents-in-review screens. */
@ApplicationModule(displayName = "Delivery", allowedDependencies = {
        "base", "user", "security", "project", "document", "review", "discussion", "quality"})
package app.redline.delivery;

import org.springframework.modulith.ApplicationModule;
