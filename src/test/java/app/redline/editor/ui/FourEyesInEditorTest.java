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
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The editor does not offer Approve to the author of the latest revision, a reviewer's edit while reviewing included. */
@IntegrationTest
class FourEyesInEditorTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;

    long documentId;
    SegmentSnapshot segment;

    @BeforeEach
    void translatorSubmitsAndReviewerEditsWhileReviewing() {
        documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.").documentId();
        SegmentSnapshot imported = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> review.submit(imported.id(), imported.version()));
        segment = Roles.as("reviewer", Role.REVIEWER,
                () -> segments.save(imported.id(), "The committee adopted its report.", submitted.version()));
    }

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void aReviewerSubmitsTheirEditAndIsNotOfferedApproveNorApprovesWithTheDoneKey() {
        EditorView view = open("reviewer");
        assertThat(view.reviewActions.approve.isEnabled()).as("a draft is not approved").isFalse();

        view.reviewActions.submit.click();

        assertThat(status()).isEqualTo(SegmentStatus.SUBMITTED);
        assertThat(view.reviewActions.approve.isEnabled()).isFalse();
        assertThat(view.reviewActions.approve.getTooltip().getText()).contains("another reviewer must approve it");
        assertThat(view.reviewActions.done()).as("Ctrl+Shift+Enter").isFalse();
        assertThat(status()).isEqualTo(SegmentStatus.SUBMITTED);
    }

    @Test
    void anotherReviewerApprovesTheEdit() {
        Roles.as("reviewer", Role.REVIEWER, () -> review.submit(segment.id(), segment.version()));
        EditorView view = open("reviewer2");

        assertThat(view.reviewActions.approve.isEnabled()).isTrue();
        view.reviewActions.approve.click();

        assertThat(status()).isEqualTo(SegmentStatus.APPROVED);
    }

    private EditorView open(String reviewer) {
        ViewTests.start(context, reviewer, Role.REVIEWER);
        UI.getCurrent().navigate("edit/" + documentId);
        EditorView view = _get(EditorView.class);
        view.activate(GridKt._get(view.grid, 0));
        return view;
    }

    private SegmentStatus status() {
        return Roles.as("translator", Role.TRANSLATOR, () -> segments.get(segment.id())).status();
    }
}
