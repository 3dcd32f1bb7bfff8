package app.redline.quality.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.quality.QualityService;
import app.redline.quality.QualityWeights;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Per project: penalty points per error severity and the pass threshold per 1,000 words. */
@Route("admin/quality")
@PageTitle("Quality settings | Redline")
@Menu(order = 13, title = "Quality settings")
@RolesAllowed(Role.Names.ADMIN)
class QualitySettingsView extends VerticalLayout {

    private final QualityService quality;
    final ComboBox<ProjectInfo> project = new ComboBox<>("Project");
    final IntegerField minor = weightField("Minor");
    final IntegerField major = weightField("Major");
    final IntegerField critical = weightField("Critical");
    final BigDecimalField threshold = new BigDecimalField("Pass threshold (penalty points per 1,000 words)");
    final Button save = new Button("Save");

    QualitySettingsView(QualityService quality, ProjectService projects) {
        this.quality = quality;
        project.setItems(projects.list());
        project.setItemLabelGenerator(ProjectInfo::name);
        project.setWidth("28em");
        project.addValueChangeListener(change -> show(change.getValue()));
        threshold.setWidth("24em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H2("Quality settings"), new Paragraph("MQM's usual weights are 1 / 5 / 25; a document passes when its "
                        + "penalty points per 1,000 evaluated words are at most the threshold (default 10). "
                        + "Changes apply to every score of the project, past ones included, and are kept with who made them."),
                project, new HorizontalLayout(minor, major, critical), threshold, save);
        projects.list().stream().findFirst().ifPresent(project::setValue);
    }

    private void show(ProjectInfo selected) {
        if (selected == null) {
            return;
        }
        QualityWeights weights = quality.weights(selected.id());
        minor.setValue(weights.minor());
        major.setValue(weights.major());
        critical.setValue(weights.critical());
        threshold.setValue(weights.threshold());
    }

    void save() {
        if (project.getValue() == null) {
            return;
        }
        try {
            if (minor.getValue() == null || major.getValue() == null || critical.getValue() == null) {
                throw UserMessageException.invalid("Give every severity a weight.");
            }
            QualityWeights saved = quality.saveWeights(project.getValue().id(),
                    new QualityWeights(minor.getValue(), major.getValue(), critical.getValue(), threshold.getValue()));
            show(project.getValue());
            Notification.show("Saved for " + project.getValue().name() + ": " + saved.minor() + " / " + saved.major()
                    + " / " + saved.critical() + ", pass at " + saved.threshold().stripTrailingZeros().toPlainString() + ".");
        } catch (UserMessageException invalid) {
            Refusals.show(invalid);
        }
    }

    private static IntegerField weightField(String severity) {
        var field = new IntegerField(severity + " weight");
        field.setMin(0);
        field.setMax(QualityWeights.MAX_WEIGHT);
        field.setStepButtonsVisible(true);
        return field;
    }
}
