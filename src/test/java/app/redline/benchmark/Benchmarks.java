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
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw -Pbenchmark verify}: starts Redline on a fresh embedded PostgreSQL and prints each figure beside its
 * budget in one table at the end, then the budgets missed; it exits with 1 (failing the build) when any was missed.
 * Not a test: these machines are shared, so figures vary from run to run.
 */
public final class Benchmarks {

    private static final int SEGMENTS = 10_000;
    private static final int SAVES = 1_000;

    private final BudgetTable budgets = new BudgetTable();

    public static void main(String[] args) throws Exception {
        var app = new SpringApplication(Application.class);
        app.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "warn",
                "logging.level.app.redline", "warn", "spring.main.banner-mode", "off"));
        var benchmarks = new Benchmarks();
        try (ConfigurableApplicationContext context = app.run()) {
            benchmarks.run(context);
        } catch (Exception stopped) {
            benchmarks.budgets.print(System.out);
            throw new IllegalStateException("The benchmark stopped before its end: the figures above are all it measured",
                    stopped);
        }
        benchmarks.budgets.print(System.out);
        System.exit(benchmarks.budgets.exitCode());
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
            imports.add(Sample.millisSince(start));
        }
        budgets.add(Budget.lessThan("Import of a " + readout.length / 1024 + " KB readout (" + document.segmentCount()
                + " segments), first run", imports.getFirst(), 5000, "ms"));
        budgets.add(Budget.lessThan("Import, median of 3 runs", Sample.of(imports).median(), 5000, "ms"));

        Sample firstRows = Sample.of(firstRowsVisible(port, project.id(), document.title()));
        budgets.add(Budget.lessThan("Editor: first rows visible after clicking the document, median of " + firstRows.size(),
                firstRows.median(), 1000, "ms"));
        budgets.add(Budget.lessThan("Editor: first rows visible, slowest", firstRows.max(), 1000, "ms"));
        budgets.add(Budget.forReference("Editor: full page load by URL (dev-mode bundle), median of 5",
                Sample.of(pageLoads(port, document.documentId())).median(), "ms"));

        Sample saves = Sample.of(saves(segments, document.documentId()));
        budgets.add(Budget.forReference("Save of one segment, p50 over " + SAVES, saves.p50(), "ms"));
        budgets.add(Budget.lessThan("Save of one segment, p95 over " + SAVES, saves.p95(), 50, "ms"));

        new GlossaryBenchmark(context, projects).run(budgets);
        new CheckBenchmark(context).run(budgets);
        new ReviewBenchmark(context).run(budgets, project, document.documentId());
        new QualityBenchmark(context).run(budgets, project);
        Sample inline = Sample.of(new InlineChecksBenchmark(port, document.documentId()).keystrokeToMarks());
        budgets.add(Budget.forReference("Editor: keystroke to issue underlined in the browser, median of " + inline.size()
                + " (incl. " + InlineChecksBenchmark.PAUSE_MS + " ms typing pause)", inline.median(), "ms"));
        budgets.add(Budget.lessThan("Editor: issue underlined after the typing pause, median",
                inline.median() - InlineChecksBenchmark.PAUSE_MS, 500, "ms"));
        budgets.add(Budget.lessThan("Editor: issue underlined after the typing pause, slowest",
                inline.max() - InlineChecksBenchmark.PAUSE_MS, 500, "ms"));
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
                double elapsed = Sample.millisSince(start);
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
                    timings.add(Sample.millisSince(start));
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
                timings.add(Sample.millisSince(start));
            }
            return null;
        }, Role.TRANSLATOR);
        return timings;
    }
}
