package app.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What {@link BrowserTest} promises, checked by running small browser tests (disabled unless run from here) in a
 * JUnit engine of their own: one Chromium for all classes, closed at the end; clean contexts per test; and a
 * failure that leaves screenshots and the console's errors behind.
 */
@Tag("browser")
class ChromiumExtensionTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<BrowserSession> SEEN = new CopyOnWriteArrayList<>();
    static final List<Integer> PAGES_OPEN_AT_START = new CopyOnWriteArrayList<>();

    @Test
    void aFailingTestLeavesAScreenshotOfEachOpenPageAndPrintsTheBrowsersErrors() throws IOException {
        Path first = SCREENSHOTS.resolve("FailsWithTwoPagesOpen-showsTwoPagesThenFails-failed.png");
        Path second = SCREENSHOTS.resolve("FailsWithTwoPagesOpen-showsTwoPagesThenFails-failed-2.png");
        Files.deleteIfExists(first);
        Files.deleteIfExists(second);

        var printed = new ByteArrayOutputStream();
        EngineExecutionResults results = runWithStandardErrorTo(printed, selectClass(FailsWithTwoPagesOpen.class));

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(first).isNotEmptyFile();
        assertThat(second).isNotEmptyFile();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("FailsWithTwoPagesOpen.showsTwoPagesThenFails() failed.", first.toString(), second.toString())
                .contains("Console error: The save did not reach the server")
                .contains("Page error: Error: The editor could not start");
    }

    @Test
    void oneChromiumServesEveryClassAndTestStartsWithNoPageOpenAndTheRunsEndClosesIt() {
        SEEN.clear();
        PAGES_OPEN_AT_START.clear();

        EngineExecutionResults results = runWithStandardErrorTo(new ByteArrayOutputStream(),
                selectClass(OpensPages.class), selectClass(TakesAParameter.class));

        results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
        assertThat(SEEN).hasSize(3).containsOnly(SEEN.getFirst());
        assertThat(PAGES_OPEN_AT_START).containsExactly(0, 0);
        assertThat(SEEN.getFirst().isOpen()).as("closed when the run ended").isFalse();
    }

    @Test
    void aStaticBrowserFieldIsRefusedWithWhatToDoInstead() {
        EngineExecutionResults results = runWithStandardErrorTo(new ByteArrayOutputStream(),
                selectClass(KeepsChromiumInAStaticField.class));

        results.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .hasMessage("Make KeepsChromiumInAStaticField.chromium an instance field: "
                        + "@BrowserTest fills instance fields only");
    }

    /** Runs the classes in an engine of their own, with their @Disabled switched off and System.err captured. */
    private static EngineExecutionResults runWithStandardErrorTo(ByteArrayOutputStream printed,
                                                                  DiscoverySelector... classes) {
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                    .selectors(classes)
                    .execute();
        } finally {
            System.setErr(standardError);
        }
    }

    @BrowserTest
    @Disabled("run by ChromiumExtensionTest")
    static class FailsWithTwoPagesOpen {

        BrowserSession chromium;

        @Test
        void showsTwoPagesThenFails() {
            Page editor = chromium.newContext().newPage();
            editor.setContent("<h1>Editor</h1><script>console.error('The save did not reach the server');</script>"
                    + "<script>throw new Error('The editor could not start');</script>");
            chromium.newContext().newPage().setContent("<h1>Inbox</h1>");
            throw new AssertionError("failed on purpose");
        }
    }

    @BrowserTest
    @Disabled("run by ChromiumExtensionTest")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OpensPages {

        BrowserSession chromium;

        @Test
        @Order(1)
        void opensAPage() {
            PAGES_OPEN_AT_START.add(chromium.openPages().size());
            SEEN.add(chromium);
            chromium.newContext().newPage().setContent("<p>left open</p>");
        }

        @Test
        @Order(2)
        void findsNoPageOfTheTestBefore() {
            PAGES_OPEN_AT_START.add(chromium.openPages().size());
            SEEN.add(chromium);
        }
    }

    @BrowserTest
    @Disabled("run by ChromiumExtensionTest")
    static class KeepsChromiumInAStaticField {

        static BrowserSession chromium;

        @Test
        void neverRuns() {}
    }

    @BrowserTest
    @Disabled("run by ChromiumExtensionTest")
    static class TakesAParameter {

        @Test
        void getsTheSameChromium(BrowserSession chromium) {
            SEEN.add(chromium);
        }
    }
}
