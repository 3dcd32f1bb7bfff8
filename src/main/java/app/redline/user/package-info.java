/** Users, roles, passwords and personal access tokens; the administrators' screens. */
@ApplicationModule(displayName = "Users", allowedDependencies = {"base"})
package app.redline.user;

import org.springframework.modulith.ApplicationModule;
