package app.redline.benchmark;

import app.redline.Application;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.quality.DocumentQuality;
import app.redline.quality.QualityService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality report of a 10,000-segment document, every segment post-edited, half of them approved, 5% carrying an
 * error annotation (a tenth of those withdrawn) and each with recorded editing time, all made in SQL so that only
 * the report is measured. The first report measures every revision once (texts never change); later ones read
 * those measures, as every report does once a document has been looked at. Run alone, after {@code ./mvnw -q -Pbenchmark test-compile}, with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) app.redline.benchmark.QualityBenchmark}
 * ({@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt} writes cp.txt).
 */
final class QualityBenchmark {

    private static final int SEGMENTS = 10_000;
    private static final int RUNS = 20;

    private final ApplicationContext context;

    QualityBenchmark(ApplicationContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        var app = new SpringApplication(Application.class);
        app.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "warn",
                "logging.level.app.redline", "warn", "spring.main.banner-mode", "off"));
        var budgets = new BudgetTable();
        try (ConfigurableApplicationContext context = app.run()) {
            ProjectInfo project = SystemUser.runAs("admin", () -> context.getBean(ProjectService.class)
                    .create("Quality benchmark " + System.nanoTime(), "zh-CN", "en-US", false), Role.ADMIN);
            new QualityBenchmark(context).run(budgets, project);
        }
        budgets.print(System.out);
        System.exit(budgets.exitCode());
    }

    void run(BudgetTable budgets, ProjectInfo project) {
        long documentId = fill(project.id());
        var quality = context.getBean(QualityService.class);
        long first = System.nanoTime();
        SystemUser.runAs("reviewer", () -> quality.documentReport(documentId), Role.REVIEWER);
        budgets.add(Budget.forReference(
                "Quality report, first: measures every revision (words, tokens, word edits) and keeps the measures",
                Sample.millisSince(first), "ms"));
        List<Double> reports = new ArrayList<>();
        DocumentQuality[] last = new DocumentQuality[1];
        SystemUser.runAs("reviewer", () -> {
            for (int run = 0; run < RUNS + 2; run++) {
                long start = System.nanoTime();
                last[0] = quality.documentReport(documentId);
                if (run >= 2) {
                    reports.add(Sample.millisSince(start));
                }
            }
            return null;
        }, Role.REVIEWER);
        DocumentQuality report = last[0];
        if (report.segments().size() != SEGMENTS || report.countedAnnotations().isEmpty()) {
            throw new IllegalStateException("The benchmark document was not what the report expects: " + report.segments().size());
        }
        Sample timings = Sample.of(reports);
        budgets.add(Budget.lessThan("Quality report of a " + SEGMENTS + "-segment document ("
                + report.countedAnnotations().size() + " errors counted, TER of every segment), p50 of " + RUNS,
                timings.p50(), 1000, "ms"));
        budgets.add(Budget.lessThan("Quality report, slowest of " + RUNS, timings.max(), 1000, "ms"));
        long start = System.nanoTime();
        SystemUser.runAs("reviewer", () -> quality.translatorReport(project.id()), Role.REVIEWER);
        budgets.add(Budget.forReference("Quality by translator over that project", Sample.millisSince(start), "ms"));
    }

    /** The document, its revisions, approvals, annotations and editing time, straight into the tables. */
    private long fill(long projectId) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long documentId = jdbc.queryForObject("""
                insert into document (project_id, title, original_file_name, imported_by, imported_at, segment_count)
                values (?, 'Quality benchmark', 'quality.txt', 'translator', now(), ?) returning id""",
                Long.class, projectId, SEGMENTS);
        jdbc.update("""
                insert into segment (document_id, position, paragraph, readout, clean_text, status, translatable, version,
                                     updated_by, updated_at)
                select ?, p, p,
                       'The meeting stressed that we must implement the new development concept in an all-round way.We '
                           || 'should promote high-quality development in district ' || p || ' of the city.',
                       'The meeting stressed that we must fully implement the new development philosophy. We should '
                           || 'promote the high-quality development of district ' || p || ' of the city.',
                       case when p % 2 = 0 then 'APPROVED' else 'SUBMITTED' end, true, 2, 'translator', now()
                from generate_series(1, ?) p""", documentId, SEGMENTS);
        jdbc.update("""
                insert into revision (segment_id, revision_no, text, author, created_at)
                select id, 1, readout, 'translator', now() from segment where document_id = ?
                union all
                select id, 2, clean_text, case when position % 3 = 0 then 'translator2' else 'translator' end, now()
                from segment where document_id = ?""", documentId, documentId);
        jdbc.update("""
                insert into review_event (segment_id, document_id, action, from_status, to_status, revision_no, actor, created_at)
                select id, document_id, 'APPROVE', 'SUBMITTED', 'APPROVED', 2, 'reviewer', now()
                from segment where document_id = ? and status = 'APPROVED'""", documentId);
        jdbc.update("""
                insert into quality_annotation (segment_id, document_id, revision_no, start_offset, end_offset, marked_text,
                                                category, severity, note, annotated_by, created_at)
                select id, document_id, 2, 0, 11, 'The meeting',
                       (array['TERMINOLOGY', 'ACCURACY', 'LINGUISTIC_CONVENTIONS', 'STYLE', 'LOCALE_CONVENTIONS'])[1 + position % 5],
                       (array['MINOR', 'MAJOR', 'CRITICAL'])[1 + position % 3], 'benchmark', 'reviewer', now()
                from segment where document_id = ? and position % 20 = 0""", documentId);
        jdbc.update("""
                insert into quality_annotation_withdrawal (annotation_id, withdrawn_by, reason, withdrawn_at)
                select id, 'reviewer2', 'benchmark', now() from quality_annotation where document_id = ? and id % 10 = 0""",
                documentId);
        jdbc.update("""
                insert into editing_time (segment_id, document_id, editor, active_ms, recorded_at)
                select id, document_id, 'translator', 20000 + position % 1000, now() from segment where document_id = ?""",
                documentId);
        jdbc.execute("analyze segment");
        jdbc.execute("analyze revision");
        jdbc.execute("analyze review_event");
        jdbc.execute("analyze quality_annotation");
        jdbc.execute("analyze editing_time");
        return documentId;
    }
}
