/** Shared building blocks every module may use: database bootstrap, main layout, error handling, small text helpers. */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package app.redline.base;

import org.springframework.modulith.ApplicationModule;
