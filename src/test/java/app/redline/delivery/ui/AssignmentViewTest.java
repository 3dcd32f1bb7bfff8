package app.redline.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.delivery.AssignmentService;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class AssignmentViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired AssignmentService assignments;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void anAssignedReviewerAssignsPeopleWhoHoldTheRoleAndTheListShowsThem() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long documentId = DocumentFixtures.importText(importer, project.id(), "The council met.").documentId();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(documentId, List.of(), List.of("reviewer")));
        DocumentStatusView view = open(project, "reviewer", Role.REVIEWER);

        ((Button) GridKt._getCellComponent(view.grid, 0, "assign")).click();
        AssignDialog dialog = _get(AssignDialog.class);
        assertThat(dialog.translators.getListDataView().getItems()).contains("translator", "translator2").doesNotContain("reviewer");
        assertThat(dialog.reviewers.getListDataView().getItems()).contains("reviewer", "reviewer2").doesNotContain("translator");
        dialog.translators.setValue(Set.of("translator2"));
        dialog.reviewers.setValue(Set.of("reviewer2"));
        dialog.save.click();

        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Translators: translator2 · Reviewers: reviewer2");
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> assignments.assignees(documentId)).reviewers())
                .containsExactly("reviewer2");
    }

    @Test
    void aReviewerNotAssignedToTheDocumentIsNotOfferedAssignAndReadsWhy() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long theirs = DocumentFixtures.importText(importer, project.id(), "Assigned to another reviewer.").documentId();
        long unassigned = DocumentFixtures.importText(importer, project.id(), "Assigned to no reviewer.").documentId();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(theirs, List.of(), List.of("reviewer")));

        DocumentStatusView view = open(project, "reviewer2", Role.REVIEWER);
        Button onTheirs = assignButton(view, theirs);
        Button onUnassigned = assignButton(view, unassigned);

        assertThat(onTheirs.isEnabled()).isFalse();
        assertThat(onTheirs.getTooltip().getText()).contains("assigned reviewers (reviewer)");
        assertThat(onUnassigned.isEnabled()).isFalse();
        assertThat(onUnassigned.getTooltip().getText()).contains("only an administrator assigns it");

        DocumentStatusView asAdmin = open(project, "admin", Role.ADMIN);
        assertThat(assignButton(asAdmin, theirs).isEnabled()).isTrue();
        assertThat(assignButton(asAdmin, unassigned).isEnabled()).isTrue();
    }

    @Test
    void translatorsSeeAssigneesButCannotAssignAndFilterToTheirDocuments() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long mine = DocumentFixtures.importText(importer, project.id(), "Mine to translate.").documentId();
        DocumentFixtures.importText(importer, project.id(), "Someone else's.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(mine, List.of("translator"), List.of()));

        DocumentStatusView view = open(project, "translator", Role.TRANSLATOR);
        assertThat(view.grid.getColumnByKey("assign").isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        view.myDocuments.setValue(true);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).document().id()).isEqualTo(mine);
    }

    private static Button assignButton(DocumentStatusView view, long documentId) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).document().id() == documentId) {
                return (Button) GridKt._getCellComponent(view.grid, row, "assign");
            }
        }
        throw new AssertionError("No row for document " + documentId);
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
}
