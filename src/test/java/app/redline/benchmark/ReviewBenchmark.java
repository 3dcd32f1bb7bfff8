package app.redline.benchmark;

import app.redline.checks.DocumentChecks;
import app.redline.document.ImportProgress;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.review.QueueFilter;
import app.redline.review.ReviewQueueService;
import app.redline.review.ReviewService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review queue over 100,000 submitted segments in 1,000 documents (made in SQL: only the reading is
 * measured), and approving one segment whose checks are stored, as they are once a translator worked on it.
 */
final class ReviewBenchmark {

    private static final int DOCUMENTS = 1_000;
    private static final int SEGMENTS_PER_DOCUMENT = 100;
    private static final int APPROVALS = 200;

    private final ApplicationContext context;

    ReviewBenchmark(ApplicationContext context) {
        this.context = context;
    }

    void run(BudgetTable budgets, ProjectInfo project, long documentId) {
        fillQueue(project.id());
        var queue = context.getBean(ReviewQueueService.class);
        List<Double> pages = new ArrayList<>();
        SystemUser.runAs("reviewer", () -> {
            for (int run = 0; run < 60; run++) {
                long start = System.nanoTime();
                int rows = queue.waitingForMe(run % 2 == 0 ? QueueFilter.ALL : new QueueFilter(false, "translator"), 0, 50)
                        .size();
                if (rows != 50) { // an empty page is fast and proves nothing
                    throw new IllegalStateException("The review queue's first page had " + rows + " rows, not 50");
                }
                if (run >= 10) {
                    pages.add(Sample.millisSince(start));
                }
            }
            return null;
        }, Role.REVIEWER);
        budgets.add(Budget.lessThan("Review queue over " + DOCUMENTS * SEGMENTS_PER_DOCUMENT + " submitted segments in "
                + DOCUMENTS + " documents: first page, p95 of " + pages.size(), Sample.of(pages).p95(), 200, "ms"));

        Sample approvals = Sample.of(approvals(documentId));
        budgets.add(Budget.forReference("Approval of one segment (checks stored), p50 of " + approvals.size(),
                approvals.p50(), "ms"));
        budgets.add(Budget.lessThan("Approval of one segment (checks stored), p95 of " + approvals.size(),
                approvals.p95(), 50, "ms"));
    }

    private void fillQueue(long projectId) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("""
                insert into document (project_id, title, original_file_name, imported_by, imported_at, segment_count)
                select ?, 'Queue ' || n, 'queue-' || n || '.txt', 'translator', now(), ? from generate_series(1, ?) n""",
                projectId, SEGMENTS_PER_DOCUMENT, DOCUMENTS);
        jdbc.update("""
                insert into segment (document_id, position, paragraph, readout, clean_text, status, translatable, version,
                                     updated_by, updated_at)
                select d.id, p, p, 'Readout sentence ' || p || ' of ' || d.title || '.',
                       'Clean sentence ' || p || ' of ' || d.title || '.', 'SUBMITTED', true, 1,
                       case when p % 2 = 0 then 'translator' else 'translator2' end,
                       now() - (random() * interval '30 days')
                from document d cross join generate_series(1, ?) p where d.title like 'Queue %'""", SEGMENTS_PER_DOCUMENT);
        // As an import and a translator's save leave them: the queue reads the latest revision's author (four eyes).
        jdbc.update("""
                insert into revision (segment_id, revision_no, text, author, created_at)
                select s.id, 1, s.readout, 'translator', s.updated_at - interval '1 hour' from segment s
                join document d on d.id = s.document_id where d.title like 'Queue %'
                union all
                select s.id, 2, s.clean_text, s.updated_by, s.updated_at from segment s
                join document d on d.id = s.document_id where d.title like 'Queue %'""");
        jdbc.execute("analyze segment");
        jdbc.execute("analyze revision");
    }

    /** Segments submitted by a translator (in SQL), checked and stored, then approved one by one. */
    private List<Double> approvals(long documentId) {
        var segments = context.getBean(SegmentService.class);
        var reviews = context.getBean(ReviewService.class);
        List<SegmentSnapshot> targets = SystemUser.runAs("translator",
                () -> segments.page(documentId, SegmentFilter.ALL, 0, APPROVALS * 2), Role.TRANSLATOR).stream()
                .filter(SegmentSnapshot::translatable).limit(APPROVALS).toList();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.batchUpdate("update segment set status = 'SUBMITTED', updated_by = 'translator' where id = ?",
                targets.stream().map(target -> new Object[] {target.id()}).toList());
        SystemUser.runAs("translator", () -> context.getBean(DocumentChecks.class).report(documentId, ImportProgress.NONE),
                Role.TRANSLATOR);
        List<Double> timings = new ArrayList<>();
        SystemUser.runAs("reviewer", () -> {
            for (SegmentSnapshot target : targets) {
                SegmentSnapshot submitted = segments.get(target.id());
                int revision = segments.history(target.id()).getFirst().revisionNo();
                long start = System.nanoTime();
                reviews.approve(submitted.id(), revision, submitted.version(), "benchmark: approved over open issues");
                timings.add(Sample.millisSince(start));
            }
            return null;
        }, Role.REVIEWER);
        return timings;
    }
}
