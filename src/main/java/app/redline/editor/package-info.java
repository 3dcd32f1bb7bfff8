/** The side-by-side editor, composing the modules it shows. */
@ApplicationModule(displayName = "Editor", allowedDependencies = {
        "base", "user", "security", "project", "document", "document::diff", "glossary", "checks", "review",
        "quality", "discussion"})
package app.redline.editor;

import org.springframework.modulith.ApplicationModule;
