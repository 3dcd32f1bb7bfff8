/** Projects and their language pairs; the administrators' screen. */
@ApplicationModule(displayName = "Projects", allowedDependencies = {"base", "user"})
package app.redline.project;

import org.springframework.modulith.ApplicationModule;
