package app.redline.benchmark;

import app.redline.Samples;
import app.redline.Application;
import app.redline.BrowserSession;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportProgress;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.importing.ReadoutSegmenter;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw -Pbenchmark verify}: starts Redline on a fresh embedded PostgreSQL and prints each figure
 * beside its budget. Not a test: these machines are shared, so figures vary from run to run.
 */
public final class Benchmarks {

    private static final int SEGMENTS = 10_000;
    private static final int SAVES = 1_000;

    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        var app = new SpringApplication(Application.class);
        app.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "warn",
                "logging.level.app.redline", "warn", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            new Benchmarks().run(context);
        }
        System.exit(0);
    }

    private void run(ConfigurableApplicationContext context) throws IOException {
        var importer = context.getBean(DocumentImportService.class);
        var projects = context.getBean(ProjectService.class);
        var segments = context.getBean(SegmentService.class);
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));

        byte[] readout = generateReadout();
        ProjectInfo project = SystemUser.runAs("admin",
                () -> projects.create("Benchmark " + System.nanoTime(), "zh-CN", "en-US", false), Role.ADMIN);

        List<Double> imports = new ArrayList<>();
        ImportResult document = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            document = SystemUser.runAs("translator",
                    () -> importer.importReadout(project.id(), "generated.txt", readout, ImportProgress.NONE), Role.TRANSLATOR);
            imports.add(millis(start));
        }
        row("Import of a " + readout.length / 1024 + " KB readout (" + document.segmentCount() + " segments), first run",
                imports.getFirst(), "< 5000 ms");
        row("Import, median of 3 runs", median(imports), "< 5000 ms");

        List<Double> firstRows = firstRowsVisible(port, project.id(), document.title());
        row("Editor: first rows visible after clicking the document, median of " + firstRows.size(), median(firstRows), "< 1000 ms");
        row("Editor: first rows visible, slowest", Collections.max(firstRows), "< 1000 ms");
        row("Editor: full page load by URL (dev-mode bundle), median of 5", median(pageLoads(port, document.documentId())),
                "(for reference)");

        List<Double> saves = saves(segments, document.documentId());
        row("Save of one segment, p50 over " + SAVES, percentile(saves, 50), "p95 < 50 ms");
        row("Save of one segment, p95 over " + SAVES, percentile(saves, 95), "< 50 ms");

        new GlossaryBenchmark(context, projects).run(this::row);
        new CheckBenchmark(context).run(this::row);
        new ReviewBenchmark(context).run(this::row, project, document.documentId());
        new QualityBenchmark(context).run(this::row, project);
        List<Double> inline = new InlineChecksBenchmark(port, document.documentId()).keystrokeToMarks();
        row("Editor: keystroke to issue underlined in the browser, median of " + inline.size() + " (incl. "
                + InlineChecksBenchmark.PAUSE_MS + " ms typing pause)", median(inline), "(for reference)");
        row("Editor: issue underlined after the typing pause, median", median(inline) - InlineChecksBenchmark.PAUSE_MS, "< 500 ms");
        row("Editor: issue underlined after the typing pause, slowest", Collections.max(inline) - InlineChecksBenchmark.PAUSE_MS,
                "< 500 ms");
        print();
    }

    /** The two samples repeated (each copy numbered, so no two copies are the same) to 10,000+ segments. */
    private static byte[] generateReadout() throws IOException {
        String pair = Samples.text(Samples.CHANGCHUN) + "\n\n" + Samples.text(Samples.FUXIN) + "\n\n";
        int perCopy = new ReadoutSegmenter().split("Copy 1.\n\n" + pair, "en-US").size();
        var text = new StringBuilder();
        for (int copy = 1; copy <= (SEGMENTS + perCopy - 1) / perCopy; copy++) {
            text.append("Copy ").append(copy).append(".\n\n").append(pair);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** From a click on the document's title in the list to the editor's first rows on screen. */
    private static List<Double> firstRowsVisible(int port, long projectId, String title) {
        List<Double> timings = new ArrayList<>();
        String base = "http://localhost:" + port;
        try (var chromium = new BrowserSession()) {
            Page page = chromium.signIn(base, "translator");
            for (int run = 0; run < 6; run++) {
                page.navigate(base + "/?project=" + projectId);
                Locator link = page.getByText(title).first();
                link.waitFor();
                long start = System.nanoTime();
                link.click();
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Copy 1."))
                        .first().waitFor();
                double elapsed = millis(start);
                if (run > 0) {
                    timings.add(elapsed); // the first run also loads and compiles the editor's scripts
                }
            }
        }
        return timings;
    }

    /** Opening the editor by its URL reloads the whole page, so it includes Vaadin's dev-mode client. */
    private static List<Double> pageLoads(int port, long documentId) {
        List<Double> timings = new ArrayList<>();
        try (var chromium = new BrowserSession()) {
            Page page = chromium.signIn("http://localhost:" + port, "translator");
            for (int run = 0; run < 6; run++) {
                long start = System.nanoTime();
                page.navigate("http://localhost:" + port + "/edit/" + documentId);
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Copy 1."))
                        .first().waitFor();
                if (run > 0) {
                    timings.add(millis(start));
                }
            }
        }
        return timings;
    }

    private static List<Double> saves(SegmentService segments, long documentId) {
        List<SegmentSnapshot> targets = SystemUser.runAs("translator",
                () -> segments.page(documentId, SegmentFilter.ALL, 0, SAVES), Role.TRANSLATOR);
        List<Double> timings = new ArrayList<>();
        SystemUser.runAs("translator", () -> {
            for (SegmentSnapshot segment : targets) {
                long start = System.nanoTime();
                segments.save(segment.id(), segment.cleanText() + " (edited)", segment.version());
                timings.add(millis(start));
            }
            return null;
        }, Role.TRANSLATOR);
        return timings;
    }

    void row(String what, double millis, String budget) {
        String verdict = "";
        if (budget.startsWith("<")) {
            double limit = Double.parseDouble(budget.replaceAll("[^0-9.]", ""));
            verdict = millis < limit ? "within budget" : "OVER BUDGET";
        }
        rows.add(new String[] {what, String.format("%.1f ms", millis), budget, verdict});
    }

    private void print() {
        System.out.println();
        System.out.println("Redline benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.printf("%-100s %12s %14s  %s%n", "measure", "result", "budget", "");
        for (String[] row : rows) {
            System.out.printf("%-100s %12s %14s  %s%n", (Object[]) row);
        }
        System.out.println();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
