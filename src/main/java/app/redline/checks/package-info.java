/** The Check interface, the runner, stored results per segment, dismissals, the grammar engine; the settings screen. */
@ApplicationModule(displayName = "Checks", allowedDependencies = {
        "base", "user", "security", "project", "document", "glossary"})
package app.redline.checks;

import org.springframework.modulith.ApplicationModule;
