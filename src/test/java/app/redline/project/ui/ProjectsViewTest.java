package app.redline.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ProjectsViewTest {

    @Autowired ApplicationContext context;
    @Autowired ProjectService projects;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void anAdministratorSwitchesStartFromEmptyAndNoSwitchLetsAReviewerApproveTheirOwnEdit() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        ViewTests.start(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/projects");
        ProjectsView view = _get(ProjectsView.class);

        var box = (Checkbox) GridKt._getCellComponent(view.grid, rowOf(view, project), "starts-empty");
        assertThat(box.getValue()).isFalse();
        box.setValue(true);

        assertThat(Roles.as("admin", Role.ADMIN, () -> projects.get(project.id())).startFromEmpty()).isTrue();
        assertThat(view.grid.getColumns()).extracting(column -> column.getHeaderText())
                .doesNotContain("Two-person review");
    }

    @Test
    void aNameTheServiceRefusesShowsItsSentenceUnderTheField() {
        ProjectInfo existing = DocumentFixtures.newProject(projects);
        ViewTests.start(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/projects");
        ProjectsView view = _get(ProjectsView.class);

        view.name.setValue(existing.name());
        view.create.click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("A project named '" + existing.name() + "' exists already.");
    }

    @Test
    void onlyAnAdministratorMaySwitchIt() {
        ProjectInfo project = DocumentFixtures.newProject(projects);

        for (Role role : new Role[] {Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER}) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> projects.setStartFromEmpty(project.id(), true)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static int rowOf(ProjectsView view, ProjectInfo project) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).id() == project.id()) {
                return row;
            }
        }
        throw new AssertionError("Project not listed: " + project.name());
    }
}
