package app.redline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.IntegrationTest;
import app.redline.checks.DismissalService;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import app.redline.delivery.AssignmentService;

@IntegrationTest
class ReviewQueueServiceTest {

    @Autowired ReviewQueueService queue;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired DismissalService dismissals;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    @Test
    void listsOthersSubmittedSegmentsOldestFirstAndFilters() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "First queued sentence here.\n\nSecond queued sentence here.\n\nThird queued sentence here.");
        List<SegmentSnapshot> rows = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 10));
        SegmentSnapshot first = submit("translator", Role.TRANSLATOR, rows.get(0), "First queued sentence, edited.");
        submit("translator2", Role.TRANSLATOR, rows.get(1), "Second queued sentence, edited.");
        submit("reviewer", Role.REVIEWER, rows.get(2), "Third queued sentence, edited by the reviewer.");
        SegmentSnapshot rejected = Roles.as("reviewer2", Role.REVIEWER, () -> reviews.reject(first.id(), first.version(), "Too literal."));
        SegmentSnapshot resubmitted = submit("translator", Role.TRANSLATOR, rejected, "First queued sentence, edited again.");

        List<QueuedSegment> mine = ours(document, QueueFilter.ALL);
        assertThat(mine).extracting(QueuedSegment::cleanText)
                .containsExactly("Second queued sentence, edited.", "First queued sentence, edited again.");
        assertThat(ours(document, new QueueFilter(true, null))).extracting(QueuedSegment::segmentId).containsExactly(resubmitted.id());
        assertThat(ours(document, new QueueFilter(false, "translator2"))).extracting(QueuedSegment::submittedBy)
                .containsExactly("translator2");
    }

    @Test
    void aSegmentWhoseLatestRevisionTheReviewerWroteIsNotInTheirQueueWhoeverSubmittedIt() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence the reviewer touched.");
        SegmentSnapshot row = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1)).getFirst();
        SegmentSnapshot reviewersDraft = Roles.as("reviewer", Role.REVIEWER,
                () -> segments.save(row.id(), "A sentence the reviewer rewrote.", row.version()));
        Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(reviewersDraft.id(), reviewersDraft.version()));

        assertThat(ours(document, QueueFilter.ALL)).isEmpty();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document.documentId(), List.of(), List.of("reviewer2")));
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> queue.waitingForMe(new QueueFilter(false, null, QueueFilter.Issues.ANY, true),
                0, ReviewQueueService.MAX_PAGE))).extracting(QueuedSegment::segmentId).contains(row.id());
    }

    @Test
    void theHasIssuesFilterReadsTheStoredCheckResultBySeverityAndCountsErrorsAndWarnings() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "An erroneous sentence.\n\nA doubtful sentence.\n\nA sound sentence.");
        List<SegmentSnapshot> rows = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 10));
        SegmentSnapshot erroneous = submit("translator", Role.TRANSLATOR, rows.get(0), "An erroneous sentence, edited.");
        SegmentSnapshot doubtful = submit("translator", Role.TRANSLATOR, rows.get(1), "A doubtful sentence, edited.");
        SegmentSnapshot sound = submit("translator", Role.TRANSLATOR, rows.get(2), "A sound sentence, edited.");
        storeIssues(erroneous.id(), "ERROR", "WARNING", "INFO");
        storeIssues(doubtful.id(), "WARNING", "INFO");
        storeIssues(sound.id(), "INFO");

        assertThat(ours(document, filter(QueueFilter.Issues.ANY))).extracting(QueuedSegment::issueCount).containsExactly(2, 1, 0);
        assertThat(ours(document, filter(QueueFilter.Issues.ERRORS_OR_WARNINGS))).extracting(QueuedSegment::segmentId)
                .containsExactly(erroneous.id(), doubtful.id());
        assertThat(ours(document, filter(QueueFilter.Issues.ERRORS))).extracting(QueuedSegment::segmentId)
                .containsExactly(erroneous.id());
    }

    @Test
    void anIssueDismissedForTheSubmittedTextNoLongerCounts() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A flagged sentence.");
        SegmentSnapshot row = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1)).getFirst();
        SegmentSnapshot flagged = submit("translator", Role.TRANSLATOR, row, "A flagged sentence, edited.");
        storeIssues(flagged.id(), "ERROR");
        assertThat(ours(document, filter(QueueFilter.Issues.ERRORS))).extracting(QueuedSegment::issueCount).containsExactly(1);

        Issue stored = new Issue("qa", "r", Severity.ERROR, 0, 1, "m", List.of());
        Roles.as("reviewer", Role.REVIEWER,
                () -> dismissals.dismiss(flagged.id(), "A flagged sentence, edited.", stored, "Not an error here."));

        assertThat(ours(document, filter(QueueFilter.Issues.ERRORS))).isEmpty();
        assertThat(ours(document, QueueFilter.ALL)).extracting(QueuedSegment::issueCount).containsExactly(0);
    }

    @Test
    void anIssueFilterReadsOnPastTheFirstChunkOfCandidates() {
        // The segment with the error is submitted last of 520, so the oldest-first list reaches it after 500 others.
        String sentences = IntStream.rangeClosed(1, 520).mapToObj(n -> "Queued sentence number " + n + " here.")
                .collect(Collectors.joining("\n\n"));
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(), sentences);
        jdbc.update("""
                update segment set status = 'SUBMITTED', updated_by = 'translator', updated_at = now() - (1000 - position) * interval '1 second'
                where document_id = ?""", document.documentId());
        long last = jdbc.queryForObject("select id from segment where document_id = ? and position = 520", Long.class,
                document.documentId());
        storeIssues(last, "ERROR");
        try {
            assertThat(ours(document, filter(QueueFilter.Issues.ERRORS))).extracting(QueuedSegment::segmentId)
                    .containsExactly(last);
        } finally {
            // Out of the shared queue again: 520 old submissions would push other tests' segments off their first page.
            jdbc.update("update segment set status = 'DRAFT' where document_id = ?", document.documentId());
        }
    }

    @Test
    void listsDocumentsWaitingForMeWithTheirSubmittedCountOldestFirst() {
        long project = DocumentFixtures.newProject(projects).id();
        ImportResult older = DocumentFixtures.importText(importer, project, "Older one.\n\nOlder two.");
        ImportResult newer = DocumentFixtures.importText(importer, project, "Newer one.");
        for (SegmentSnapshot row : Roles.as("translator", Role.TRANSLATOR, () -> segments.page(older.documentId(), SegmentFilter.ALL, 0, 10))) {
            submit("translator", Role.TRANSLATOR, row, row.readout() + " Edited.");
        }
        SegmentSnapshot newest = Roles.as("translator", Role.TRANSLATOR, () -> segments.page(newer.documentId(), SegmentFilter.ALL, 0, 1)).getFirst();
        submit("translator", Role.TRANSLATOR, newest, "Newer one, edited.");

        List<WaitingDocument> waiting = Roles.as("reviewer", Role.REVIEWER, () -> queue.documentsWaitingForMe(false)).stream()
                .filter(document -> document.documentId() == older.documentId() || document.documentId() == newer.documentId())
                .toList();

        assertThat(waiting).extracting(WaitingDocument::documentId, WaitingDocument::submittedSegments)
                .containsExactly(tuple(older.documentId(), 2), tuple(newer.documentId(), 1));
    }

    @Test
    void onlyReviewersHaveAQueue() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> queue.waitingForMe(QueueFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The document's rows of the reviewer's queue. The shared test database fills with other tests' submissions,
     * oldest first, so the document is assigned to the reviewer and read with "mine only" to stay on the first page.
     */
    private List<QueuedSegment> ours(ImportResult document, QueueFilter filter) {
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document.documentId(), List.of(), List.of("reviewer")));
        var mine = new QueueFilter(filter.rejectedBefore(), filter.translator(), filter.issues(), true);
        return Roles.as("reviewer", Role.REVIEWER, () -> queue.waitingForMe(mine, 0, ReviewQueueService.MAX_PAGE)).stream()
                .filter(segment -> segment.documentId() == document.documentId()).toList();
    }

    private static QueueFilter filter(QueueFilter.Issues issues) {
        return new QueueFilter(false, null, issues, false);
    }

    /** As the checks module stores a result: one issue per severity given. */
    private void storeIssues(long segmentId, String... severities) {
        String issues = java.util.Arrays.stream(severities).map(severity -> "{\"checkId\":\"qa\",\"ruleId\":\"r\",\"severity\":\""
                + severity + "\",\"start\":0,\"end\":1,\"message\":\"m\",\"replacements\":[]}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        jdbc.update("""
                insert into segment_check (segment_id, text_key, global_revision, project_revision, issues)
                values (?, 'test', 0, 0, ?::jsonb)
                on conflict (segment_id) do update set issues = excluded.issues""", segmentId, issues);
    }

    private SegmentSnapshot submit(String user, Role role, SegmentSnapshot segment, String text) {
        return Roles.as(user, role, () -> {
            SegmentSnapshot saved = segments.save(segment.id(), text, segment.version());
            return reviews.submit(saved.id(), saved.version());
        });
    }
}
