/** Comment threads per segment, mentions, the inbox; the inbox screen. */
@ApplicationModule(displayName = "Discussion", allowedDependencies = {
        "base", "user", "security", "document", "review"})
package app.redline.discussion;

import org.springframework.modulith.ApplicationModule;
