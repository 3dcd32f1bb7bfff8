package app.redline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.document.SegmentStatus;
import app.redline.delivery.AssignmentService;
import app.redline.review.QueueFilter;
import app.redline.review.QueuedSegment;
import app.redline.review.WaitingDocument;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ReviewQueueViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired JdbcTemplate jdbc;

    private List<QueuedSegment> ours(ReviewQueueView view, long documentId) {
        return GridKt._findAll(view.grid).stream().filter(segment -> segment.documentId() == documentId).toList();
    }

    private List<SegmentStatus> statuses(List<QueuedSegment> queued) {
        return queued.stream().map(segment -> Roles.as("reviewer", Role.REVIEWER, () -> segments.get(segment.segmentId())).status())
                .toList();
    }

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void reviewerSeesSubmittedSegmentsAndFiltersByTranslator() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence for the queue view.");
        SegmentSnapshot segment = Roles.as("translator2", Role.TRANSLATOR, () -> {
            SegmentSnapshot row = segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst();
            SegmentSnapshot saved = segments.save(row.id(), "A sentence for the queue view, edited.", row.version());
            return reviews.submit(saved.id(), saved.version());
        });
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        ReviewQueueView view = _get(ReviewQueueView.class);

        view.translator.setValue("translator2");

        assertThat(GridKt._findAll(view.grid)).extracting(QueuedSegment::segmentId).contains(segment.id());
        assertThat(GridKt._findAll(view.grid)).extracting(QueuedSegment::submittedBy).containsOnly("translator2");
    }

    @Test
    void approveSelectionTakesOnlySegmentsTheReviewerOpenedAndThereIsNoSelectAll() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The first selected sentence.\n\nThe second selected sentence.").documentId();
        for (SegmentSnapshot row : Roles.as("translator2", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 10))) {
            Roles.as("translator2", Role.TRANSLATOR, () -> {
                SegmentSnapshot saved = segments.save(row.id(), row.readout() + " Edited.", row.version());
                return reviews.submit(saved.id(), saved.version());
            });
        }
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(documentId, List.of(), List.of("reviewer")));
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        ReviewQueueView view = _get(ReviewQueueView.class);
        view.mineOnly.setValue(true);
        List<QueuedSegment> ours = ours(view, documentId);
        assertThat(ours).hasSize(2);
        assertThat(((GridMultiSelectionModel<QueuedSegment>) view.grid.getSelectionModel()).isSelectAllCheckboxVisible()).isFalse();

        ours.forEach(view.grid::select);
        assertThat(view.approveSelection.button.getText()).isEqualTo("Approve selection (2)");
        view.approveSelection.approve();
        assertThat(statuses(ours)).containsOnly(SegmentStatus.SUBMITTED);

        assertThat(ours).noneMatch(view::seen);
        view.showDetail(ours.get(0));
        assertThat(view.seen(ours.get(0))).isTrue();
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.submitted.getText()).isEqualTo("The first selected sentence. Edited.");
        assertThat(view.detail.diff.getChildren().map(part -> ((Span) part).getText())).contains(" Edited.");
        view.showDetail(ours.get(1));
        view.approveSelection.approve();

        assertThat(statuses(ours)).containsOnly(SegmentStatus.APPROVED);
        assertThat(ours(view, documentId)).isEmpty();
        assertThat(view.approveSelection.button.isEnabled()).isFalse();
    }

    @Test
    void theIssuesFilterAndColumnFollowTheStoredCheckResults() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A flawed queued sentence.\n\nA fine queued sentence.").documentId();
        List<SegmentSnapshot> submitted = Roles.as("translator2", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 10))
                .stream().map(row -> Roles.as("translator2", Role.TRANSLATOR, () -> {
                    SegmentSnapshot saved = segments.save(row.id(), row.readout() + " Edited.", row.version());
                    return reviews.submit(saved.id(), saved.version());
                })).toList();
        jdbc.update("""
                insert into segment_check (segment_id, text_key, global_revision, project_revision, issues)
                values (?, 'test', 0, 0, '[{"checkId":"qa","ruleId":"r","severity":"ERROR","start":0,"end":1,"message":"m","replacements":[]}]'::jsonb)
                on conflict (segment_id) do update set issues = excluded.issues""", submitted.getFirst().id());
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(documentId, List.of(), List.of("reviewer")));
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        ReviewQueueView view = _get(ReviewQueueView.class);
        view.mineOnly.setValue(true);
        assertThat(ours(view, documentId)).extracting(QueuedSegment::issueCount).containsExactly(1, 0);

        view.issues.setValue(QueueFilter.Issues.ERRORS);

        assertThat(ours(view, documentId)).extracting(QueuedSegment::segmentId).containsExactly(submitted.getFirst().id());
        assertThat(GridKt._findAll(view.waitingDocuments)).extracting(WaitingDocument::documentId).contains(documentId);
    }

    @Test
    void translatorsHaveNoQueue() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("review")).hasMessageContaining("Access is denied");
    }
}
