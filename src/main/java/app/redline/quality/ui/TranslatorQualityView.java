package app.redline.quality.ui;

import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityService;
import app.redline.quality.TranslatorQuality;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Quality per translator (the author of each evaluated revision) and project, across documents. Reviewers and
 * administrators see everyone; a translator sees their own rows.
 */
@Route("review/quality")
@PageTitle("Quality by translator | Redline")
@Menu(order = 2, title = "Quality by translator")
@PermitAll
class TranslatorQualityView extends VerticalLayout {

    private final QualityService quality;
    final ComboBox<ProjectInfo> project = new ComboBox<>("Project");
    final Grid<TranslatorQuality> grid = new Grid<>();

    TranslatorQualityView(QualityService quality, ProjectService projects) {
        this.quality = quality;
        setSizeFull();
        project.setItems(projects.list());
        project.setItemLabelGenerator(ProjectInfo::name);
        project.setPlaceholder("All projects");
        project.setClearButtonVisible(true);
        project.setWidth("28em");
        project.addValueChangeListener(change -> refresh());
        configureGrid();
        add(new H2("Quality by translator"), new Paragraph("Penalty points per 1,000 evaluated words with each project's "
                + "weights and threshold; errors count against the translator of the revision they were marked on."),
                project, grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(TranslatorQuality::translator).setHeader("Translator").setAutoWidth(true);
        grid.addColumn(TranslatorQuality::projectName).setHeader("Project").setFlexGrow(2);
        grid.addColumn(TranslatorQuality::documents).setHeader("Documents");
        grid.addColumn(row -> row.score().evaluatedWords()).setHeader("Evaluated words");
        grid.addColumn(row -> row.score().penaltyPoints()).setHeader("Penalty points");
        grid.addColumn(row -> QualityFormats.perThousand(row.score().perThousandWords())).setHeader("Per 1,000 words").setKey("score");
        grid.addColumn(row -> row.score().threshold().stripTrailingZeros().toPlainString()).setHeader("Threshold");
        grid.addColumn(row -> row.score().verdict().label()).setHeader("Verdict").setKey("verdict");
        for (ErrorSeverity severity : ErrorSeverity.values()) {
            grid.addColumn(row -> row.counts().total(severity)).setHeader(severity.label());
        }
        grid.addColumn(row -> QualityFormats.duration(row.activeMillis())).setHeader("Editing time");
        grid.setEmptyStateText("Nothing evaluated yet.");
    }

    private void refresh() {
        grid.setItems(quality.translatorReport(project.getValue() == null ? null : project.getValue().id()));
    }
}
