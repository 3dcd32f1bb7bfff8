package app.redline.project.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.project.Languages;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/projects")
@PageTitle("Projects | Redline")
@Menu(order = 11, title = "Projects")
@RolesAllowed(Role.Names.ADMIN)
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    final Grid<ProjectInfo> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final ComboBox<String> source = new ComboBox<>("Source language", Languages.SOURCES);
    final ComboBox<String> target = new ComboBox<>("Target language", Languages.TARGETS);
    final Checkbox startFromEmpty = new Checkbox("Start post-editing from an empty clean version");
    final Button create = new Button("Create project");

    ProjectsView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        grid.addColumn(ProjectInfo::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(ProjectInfo::languagePair).setHeader("Languages").setAutoWidth(true);
        grid.addComponentColumn(project -> {
            var box = new Checkbox(project.startFromEmpty());
            box.addValueChangeListener(change -> projects.setStartFromEmpty(project.id(), change.getValue()));
            return box;
        }).setHeader("Starts empty").setKey("starts-empty").setAutoWidth(true);
        source.setValue("zh-CN");
        target.setValue("en-US");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        var form = new HorizontalLayout(name, source, target, startFromEmpty, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Projects"), form, grid);
        expand(grid);
        refresh();
    }

    private void create() {
        try {
            projects.create(name.getValue(), source.getValue(), target.getValue(), startFromEmpty.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
        } catch (UserMessageException invalid) {
            Refusals.mark(name, invalid);
        }
    }

    private void refresh() {
        grid.setItems(projects.list());
    }
}
