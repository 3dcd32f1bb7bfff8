/** MQM error marks, quality scores, post-editing effort, editing time; the quality screens. */
@ApplicationModule(displayName = "Quality", allowedDependencies = {
        "base", "user", "security", "project", "document", "review"})
package app.redline.quality;

import org.springframework.modulith.ApplicationModule;
