package app.redline.checks.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.checks.CheckRunner;
import app.redline.checks.CheckSettings;
import app.redline.checks.CheckSettingsService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Per project: which checks, LanguageTool categories and single rules are switched off. */
@Route("admin/checks")
@PageTitle("Check settings | Redline")
@Menu(order = 12, title = "Check settings")
@RolesAllowed(Role.Names.ADMIN)
class CheckSettingsView extends VerticalLayout {

    private final CheckSettingsService settings;
    private final List<String> checkIds;
    final ComboBox<ProjectInfo> project = new ComboBox<>("Project");
    final CheckboxGroup<String> checks = new CheckboxGroup<>("Checks switched off");
    final CheckboxGroup<String> categories = new CheckboxGroup<>("LanguageTool categories switched off");
    final TextArea rules = new TextArea("Rules switched off (one rule id per line, e.g. EN_QUOTES or double-space)");
    final Button save = new Button("Save");

    CheckSettingsView(CheckSettingsService settings, ProjectService projects, CheckRunner runner) {
        this.settings = settings;
        this.checkIds = runner.checkIds();
        checks.setItems(checkIds);
        categories.setItems(CheckSettingsService.languageToolCategories());
        rules.setWidth("40em");
        project.setItems(projects.list());
        project.setItemLabelGenerator(ProjectInfo::name);
        project.setWidth("28em");
        project.addValueChangeListener(change -> show(change.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H2("Check settings"),
                new Paragraph("Rule ids appear with each issue; LanguageTool's read CATEGORY/RULE_ID."),
                project, checks, categories, rules, save);
        projects.list().stream().findFirst().ifPresent(project::setValue);
    }

    private void show(ProjectInfo selected) {
        if (selected == null) {
            return;
        }
        Set<String> disabled = settings.forProject(selected.id()).disabled();
        checks.setValue(new HashSet<>(disabled.stream().filter(checkIds::contains).toList()));
        categories.setValue(new HashSet<>(disabled.stream()
                .filter(CheckSettingsService.languageToolCategories()::contains).toList()));
        rules.setValue(String.join("\n", disabled.stream()
                .filter(entry -> !checkIds.contains(entry) && !CheckSettingsService.languageToolCategories().contains(entry))
                .toList()));
    }

    void save() {
        if (project.getValue() == null) {
            return;
        }
        Set<String> disabled = new TreeSet<>(checks.getValue());
        disabled.addAll(categories.getValue());
        disabled.addAll(Arrays.asList(rules.getValue().split("\\s+")));
        try {
            CheckSettings saved = settings.save(project.getValue().id(), disabled);
            rules.setInvalid(false);
            Notification.show("Saved: " + saved.disabled().size() + " switched off for " + project.getValue().name() + ".");
        } catch (UserMessageException invalid) {
            Refusals.mark(rules, invalid);
        }
    }
}
