/** REST controllers, thin, over the module services, and problem details. */
@ApplicationModule(displayName = "REST API", allowedDependencies = {
        "base", "user", "security", "project", "document", "document::importing", "glossary", "glossary::exchange",
        "checks", "review", "quality", "discussion", "delivery"})
package app.redline.api;

import org.springframework.modulith.ApplicationModule;
