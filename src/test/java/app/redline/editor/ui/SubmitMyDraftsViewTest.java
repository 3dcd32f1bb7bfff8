package app.redline.editor.ui;

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
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SubmitMyDraftsViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewService review;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void theToolbarButtonSubmitsMyDraftsAndShowsWhatItSkipped() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "My draft sentence.\n\nAnother's draft sentence.").documentId();
        List<SegmentSnapshot> rows = Roles.as("translator", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 10));
        Roles.as("translator", Role.TRANSLATOR, () -> segments.save(rows.get(0).id(), "My draft sentence, edited.", rows.get(0).version()));
        Roles.as("translator2", Role.TRANSLATOR, () -> segments.save(rows.get(1).id(), "Another's draft, edited.", rows.get(1).version()));
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("edit/" + documentId);
        EditorView view = _get(EditorView.class);
        assertThat(view.submitMyDrafts.button.isVisible()).isTrue();

        view.submitMyDrafts.button.click();

        assertThat(view.submitMyDrafts.result.isOpened()).isTrue();
        assertThat(view.submitMyDrafts.result.getChildren().findFirst().orElseThrow().getChildren()
                .map(child -> ((Paragraph) child).getText())).containsExactly("1 submitted, 0 skipped.");
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 10)))
                .extracting(SegmentSnapshot::status).containsExactly(SegmentStatus.SUBMITTED, SegmentStatus.DRAFT);
    }

    @Test
    void aReviewerOpeningASegmentInTheEditorHasSeenItsRevision() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence to look at.").documentId();
        // Only a submitted segment is in the queue, so only opening one counts as seen.
        SegmentSnapshot imported = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        Roles.as("translator", Role.TRANSLATOR, () -> review.submit(imported.id(), imported.version()));
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("edit/" + documentId);
        EditorView view = _get(EditorView.class);

        view.activate(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0));

        assertThat(jdbc.queryForObject("select count(*) from segment_seen s join segment g on g.id = s.segment_id "
                + "where s.reviewer = 'reviewer' and g.document_id = ? and s.revision_no = 1", Integer.class, documentId))
                .isEqualTo(1);
    }
}
