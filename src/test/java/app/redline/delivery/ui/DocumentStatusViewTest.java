package app.redline.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.delivery.DocumentState;
import app.redline.delivery.SignOffService;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class DocumentStatusViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;
    @Autowired SignOffService signOffs;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void aReviewerSeesProgressExportsAndSignsOffAnApprovedDocument() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long documentId = DocumentFixtures.importText(importer, project.id(), "The committee adopted the report.").documentId();
        SegmentSnapshot segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), segment.version()));

        DocumentStatusView view = open(project, "reviewer", Role.REVIEWER);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("0/1 approved · in review");
        assertThat(signOffButton(view).isEnabled()).isFalse();
        HorizontalLayout exports = (HorizontalLayout) GridKt._getCellComponent(view.grid, 0, "export");
        assertThat(exports.getChildren().map(child -> ((Anchor) child).getText()))
                .containsExactly("Text (draft)", "CSV (draft)", "XLIFF (draft)");

        Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 1, submitted.version(), null));
        view = open(project, "reviewer", Role.REVIEWER);
        assertThat(signOffButton(view).isEnabled()).isTrue();
        signOffButton(view).click();

        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("1/1 approved · signed off");
        assertThat(signOffButton(view).isEnabled()).isFalse();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> signOffs.progress(documentId)).state())
                .isEqualTo(DocumentState.SIGNED_OFF);
    }

    @Test
    void aTranslatorHasNoSignOffColumn() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        DocumentFixtures.importText(importer, project.id(), "The committee adopted the report.");

        DocumentStatusView view = open(project, "translator", Role.TRANSLATOR);

        assertThat(view.grid.getColumnByKey("sign-off").isVisible()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("0/1 approved · in translation");
    }

    private DocumentStatusView open(ProjectInfo project, String user, Role role) {
        ViewTests.stop();
        ViewTests.start(context, user, role);
        UI.getCurrent().navigate("review/documents");
        DocumentStatusView view = _get(DocumentStatusView.class);
        view.project.setValue(view.project.getListDataView().getItems()
                .filter(info -> info.id() == project.id()).findFirst().orElseThrow());
        return view;
    }

    private static Button signOffButton(DocumentStatusView view) {
        return (Button) GridKt._getCellComponent(view.grid, 0, "sign-off");
    }
}
