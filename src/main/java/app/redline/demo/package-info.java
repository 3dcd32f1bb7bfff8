/** Demo users, project and glossary on first start. */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {
        "base", "user", "security", "project", "document", "glossary"})
package app.redline.demo;

import org.springframework.modulith.ApplicationModule;
