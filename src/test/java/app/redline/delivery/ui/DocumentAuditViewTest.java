package app.redline.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.delivery.AssignmentService;
import app.redline.delivery.AuditEntry;
import app.redline.delivery.DocumentAudit;
import app.redline.discussion.CommentFixtures;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DocumentAuditViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;
    @Autowired AssignmentService assignments;
    @Autowired DocumentAudit audit;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void showsEveryReviewMoveAndAssignmentNewestFirstAndDownloadsThemAsNeutralisedCsv() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The audit sentence.").documentId();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(documentId, List.of("translator"), List.of("reviewer")));
        SegmentSnapshot segment = Roles.as("translator", Role.TRANSLATOR, () -> {
            SegmentSnapshot row = segments.page(documentId, SegmentFilter.ALL, 0, 1).getFirst();
            SegmentSnapshot saved = segments.save(row.id(), "The audit sentence, edited.", row.version());
            return review.submit(saved.id(), saved.version());
        });
        Roles.as("reviewer", Role.REVIEWER, () -> review.reject(segment.id(), segment.version(), "=HYPERLINK(\"x\") is no reason"));

        ViewTests.start(context, "translator2", Role.TRANSLATOR);
        UI.getCurrent().navigate("review/documents/" + documentId + "/audit");
        DocumentAuditView view = _get(DocumentAuditView.class);

        assertThat(GridKt._findAll(view.grid)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REJECT", "reviewer"),
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", "translator"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "admin"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "admin"));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("#1", "SUBMITTED → REJECTED", "2");
        assertThat(view.title.getText()).startsWith("Audit: ");
        assertThat(view.csv.getHref()).isNotBlank();

        var written = new ByteArrayOutputStream();
        Roles.as("translator2", Role.TRANSLATOR, () -> audit.writeCsv(documentId, written));
        String csv = written.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("when,who,action,segment,from,to,revision,reason,"
                + "override_reason,overridden_issues");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void aLongTrailLoadsAsTheGridScrollsAndIsNeverCounted() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The long audit sentence.").documentId();
        long segmentId = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1).getFirst().id());
        CommentFixtures.longThread(jdbc, segmentId, 10_000);

        ViewTests.start(context, "translator2", Role.TRANSLATOR);
        UI.getCurrent().navigate("review/documents/" + documentId + "/audit");
        DocumentAuditView view = _get(DocumentAuditView.class);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(view.grid.getDataCommunicator().isDefinedSize()).as("no count of the trail").isFalse();
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(AuditEntry::reason).hasSize(50)
                .startsWith("Comment 10000", "Comment 9999").endsWith("Comment 9951");
        assertThat(GridKt._get(view.grid, 9_999).reason()).isEqualTo("Comment 1");
    }
}
