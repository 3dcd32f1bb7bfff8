/** Documents, segments and their append-only revisions, importing; the read API other modules use for segments. */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"base", "user", "security", "project"})
package app.redline.document;

import org.springframework.modulith.ApplicationModule;
