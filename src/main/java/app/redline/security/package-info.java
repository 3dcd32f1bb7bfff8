/** The filter chains (token issuing, bearer API, browser), login throttle, the signed-in user; the login screen. */
@ApplicationModule(displayName = "Security", allowedDependencies = {"base", "user"})
package app.redline.security;

import org.springframework.modulith.ApplicationModule;
