package app.redline;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts Chromium once per test run, on first use, and keeps it in the root store, which closes it when the run
 * ends: starting it takes seconds, and every browser test class used to start its own. Fills BrowserSession fields
 * (instance fields, set before any @BeforeAll of a per-class instance) and parameters. After a failed test it saves a
 * screenshot of each open page as target/screenshots/{Class}-{method}-failed.png and prints the console's errors;
 * after every test it closes the browser contexts the test opened.
 */
public final class ChromiumExtension
        implements TestInstancePostProcessor, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != BrowserSession.class) {
                    continue;
                }
                if (Modifier.isStatic(field.getModifiers())) {
                    throw new ExtensionConfigurationException("Make " + type.getSimpleName() + "." + field.getName()
                            + " an instance field: @BrowserTest fills instance fields only");
                }
                field.setAccessible(true);
                field.set(test, shared(context));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserSession chromium = started(context);
        if (chromium == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String testClass = context.getRequiredTestClass().getSimpleName();
        List<Path> screenshots = chromium.screenshotOpenPages(
                testClass + "-" + context.getRequiredTestMethod().getName() + "-failed");
        var report = new StringBuilder(testClass + "." + context.getDisplayName() + " failed.");
        report.append(screenshots.isEmpty() ? " No page was open." : " What the pages showed: " + screenshots);
        List<String> errors = chromium.consoleErrors();
        report.append(errors.isEmpty() ? "\nThe browser reported no errors." : "\nThe browser reported:");
        errors.forEach(error -> report.append("\n  ").append(error));
        System.err.println(report);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserSession chromium = started(context);
        if (chromium != null) {
            chromium.closeContexts();
        }
    }

    /** The run's Chromium, started now if no test has needed it yet; the root store closes it (AutoCloseable). */
    private static BrowserSession shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(BrowserSession.class,
                type -> new BrowserSession(), BrowserSession.class);
    }

    private static BrowserSession started(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
    }
}
