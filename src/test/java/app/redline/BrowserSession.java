package app.redline;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Headless Debian Chromium driven by Playwright. Tests get the one shared by the whole run from {@link BrowserTest};
 * the benchmarks start their own with {@code new BrowserSession()}.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

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

    /** A fresh browser context: its own cookies, so its own session; its script and console errors are kept. */
    public BrowserContext newContext() {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(30_000);
        context.onWebError(error -> consoleErrors.add("Page error: " + error.error()));
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add("Console error: " + message.text() + " at " + message.location());
            }
        });
        return context;
    }

    /** A fresh browser context signed in as the user. */
    public Page signIn(String baseUrl, String username) {
        Page page = newContext().newPage();
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Saves what the user sees as target/screenshots/{name}.png, to look at before a UI change is called done. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Script errors and console errors of the pages opened since the last {@link #closeContexts()}. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /**
     * Screenshots of every open page: {name}.png, then {name}-2.png and so on. A page that cannot be captured
     * (crashed, closed meanwhile) is skipped: these pictures explain a failure and must not hide it.
     */
    List<Path> screenshotOpenPages(String name) {
        List<Path> saved = new ArrayList<>();
        for (Page page : openPages()) {
            String file = saved.isEmpty() ? name : name + "-" + (saved.size() + 1);
            try {
                screenshot(page, file);
                saved.add(SCREENSHOTS.resolve(file + ".png"));
            } catch (PlaywrightException notCaptured) {
                System.err.println("No screenshot of " + page.url() + ": " + notCaptured.getMessage());
            }
        }
        return saved;
    }

    List<Page> openPages() {
        return browser.contexts().stream().flatMap(context -> context.pages().stream()).toList();
    }

    boolean isOpen() {
        return browser.isConnected();
    }

    /** Closes every context (and page) a test opened, so the next test starts with a clean browser. */
    void closeContexts() {
        for (BrowserContext context : List.copyOf(browser.contexts())) {
            context.close();
        }
        consoleErrors.clear();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
