package app.redline.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.DocumentService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.Roles;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class DocumentsViewTest {

    @Autowired ApplicationContext context;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired DocumentService documents;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void translatorSeesTheDemoReadoutsAndCanImport() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("");

        DocumentsView view = _get(DocumentsView.class);
        assertThat(view.project.getValue().name()).isEqualTo("Municipal news readouts");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(2);
        assertThat(view.importPanel.isVisible()).isTrue();
    }

    @Test
    void reviewerSeesDocumentsButNoImport() {
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("");

        assertThat(_get(DocumentsView.class).importPanel.isVisible()).isFalse();
    }

    @Test
    void administratorArchivesAfterConfirmingAndRestoresFromTheArchivedList() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long documentId = DocumentFixtures.importText(importer, project.id(), "The committee met.").documentId();
        DocumentsView view = open(project, "admin", Role.ADMIN);
        assertThat(GridKt._size(view.grid)).isOne();

        ((Button) GridKt._getCellComponent(view.grid, 0, "archive")).click();
        assertThat(GridKt._size(view.grid)).as("nothing happens before confirming").isOne();
        ComponentUtil.fireEvent(view.archiving.confirmation, new ConfirmDialog.ConfirmEvent(view.archiving.confirmation, false));

        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(Roles.as("admin", Role.ADMIN, () -> documents.header(documentId)).archivedBy()).isEqualTo("admin");
        view.showArchived.setValue(true);
        assertThat(GridKt._size(view.grid)).isOne();
        Button restore = (Button) GridKt._getCellComponent(view.grid, 0, "archive");
        assertThat(restore.getText()).isEqualTo("Restore");
        restore.click();
        assertThat(GridKt._size(view.grid)).isZero();
        view.showArchived.setValue(false);
        assertThat(GridKt._size(view.grid)).isOne();
    }

    @Test
    void onlyAdministratorsSeeArchiving() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        DocumentFixtures.importText(importer, project.id(), "The committee met.");
        for (Role role : new Role[] {Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER}) {
            DocumentsView view = open(project, "someone", role);
            assertThat(view.grid.getColumnByKey("archive").isVisible()).as(role.name()).isFalse();
            assertThat(view.showArchived.isVisible()).as(role.name()).isFalse();
            ViewTests.stop();
        }
    }

    private DocumentsView open(ProjectInfo project, String username, Role role) {
        ViewTests.start(context, username, role);
        UI.getCurrent().navigate(DocumentsView.class, QueryParameters.simple(Map.of("project", String.valueOf(project.id()))));
        return _get(DocumentsView.class);
    }
}
