package app.redline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.AssignmentService;
import app.redline.review.AuditEntry;
import app.redline.review.DocumentAudit;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class DocumentAuditViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;
    @Autowired AssignmentService assignments;
    @Autowired DocumentAudit audit;

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

        String csv = new String(Roles.as("translator2", Role.TRANSLATOR, () -> audit.csv(documentId)).bytes(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("when,who,action,segment,from,to,revision,reason,"
                + "override_reason,overridden_issues");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }
}
