package app.redline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the one Chromium of the test run: its {@link BrowserSession} fields and parameters are filled,
 * its browser contexts closed after each test, and a failing test leaves screenshots and the console's errors (see
 * {@link ChromiumExtension}). Tagged {@code browser}: {@code -DexcludedGroups=browser} skips these tests,
 * {@code -Dgroups=browser} runs only them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {}
