package app.redline.glossary.ui;

import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/** Opens (creating if needed) a project's own glossary, whose terms win over the global ones in that project. */
class ProjectGlossaryButton extends Button {

    ProjectGlossaryButton(GlossaryService glossaries, ProjectService projects, Consumer<GlossaryInfo> opened) {
        super("Project glossary…");
        addClickListener(click -> {
            var project = new ComboBox<ProjectInfo>("Project", projects.list());
            project.setItemLabelGenerator(ProjectInfo::name);
            project.setWidthFull();
            var dialog = new Dialog(project);
            dialog.setHeaderTitle("Open a project's own glossary");
            var open = new Button("Open", done -> {
                if (project.getValue() != null) {
                    opened.accept(glossaries.projectGlossary(project.getValue().id()));
                    dialog.close();
                }
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button("Cancel", cancel -> dialog.close()), open);
            dialog.open();
        });
    }
}
