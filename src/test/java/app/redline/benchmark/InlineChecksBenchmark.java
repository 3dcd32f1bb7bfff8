package app.redline.benchmark;

import app.redline.BrowserSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * From the translator's last keystroke to the new issue underlined in the editor, measured inside the browser
 * (both moments on the page's own clock). The editor waits for a 400 ms typing pause before it checks, so the
 * budget counts from the end of that pause.
 */
final class InlineChecksBenchmark {

    static final int PAUSE_MS = 400;
    private static final int RUNS = 12;

    /** Records the time of each input event and of the first moment a "xi jinping" is underlined. */
    private static final String WATCH = """
            () => {
              const area = document.querySelector('vaadin-text-area.segment-editor textarea');
              const marks = document.querySelector('redline-issue-marks');
              const count = () => [...marks.querySelectorAll('mark')].filter(m => m.textContent === 'xi jinping').length;
              window.redlineWatch = { lastInput: 0, seenAt: 0 };
              area.addEventListener('input', () => { window.redlineWatch.lastInput = performance.now(); });
              new MutationObserver(() => {
                const watch = window.redlineWatch;
                if (!watch.seenAt && watch.lastInput && count() > 0) { watch.seenAt = performance.now(); }
              }).observe(marks, { subtree: true, childList: true, characterData: true });
            }""";

    private final int port;
    private final long documentId;

    InlineChecksBenchmark(int port, long documentId) {
        this.port = port;
        this.documentId = documentId;
    }

    /** Milliseconds from the last keystroke to the mark on screen, one per run (the first run, warming up, left out). */
    List<Double> keystrokeToMarks() {
        List<Double> timings = new ArrayList<>();
        try (var chromium = new BrowserSession()) {
            Page page = chromium.signIn("http://localhost:" + port, "translator");
            page.navigate("http://localhost:" + port + "/edit/" + documentId);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Copy 1.")).first().click();
            Locator textarea = page.locator("vaadin-text-area.segment-editor textarea");
            textarea.waitFor();
            page.locator("redline-issue-marks").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            for (int run = 0; run <= RUNS; run++) {
                page.evaluate(WATCH);
                // Typing over the whole text clears its marks; a new sentence each run, so no cached result answers it.
                textarea.press("Control+A");
                textarea.pressSequentially("He met xi jinping in district " + (run + 1) * 7919 + ".");
                page.waitForFunction("() => window.redlineWatch.seenAt > 0");
                double elapsed = ((Number) page.evaluate("() => window.redlineWatch.seenAt - window.redlineWatch.lastInput"))
                        .doubleValue();
                if (run > 0) {
                    timings.add(elapsed);
                }
            }
        }
        return timings;
    }
}
