package app.redline;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright, one per test class. */
public final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    public final Browser browser;

    public BrowserSession() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install it (apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        // The machines are shared: a first check (loading LanguageTool) may take longer than the default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** A fresh browser context (its own cookies, so its own session) signed in as the user. */
    public Page signIn(String baseUrl, String username) {
        Page page = browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        // Script errors in the page end up in the test's output, where a failing test's report shows them.
        page.onPageError(error -> System.err.println("Browser page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.err.println("Browser console error: " + message.text() + " at " + message.location());
            }
        });
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Saves what the user sees as target/screenshots/{name}.png, to look at before a UI change is called done. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
