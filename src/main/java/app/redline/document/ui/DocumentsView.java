package app.redline.document.ui;

import app.redline.document.DocumentImportService;
import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.springframework.core.task.TaskExecutor;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The documents of one project, with their progress, and the place to import new readouts. */
@Route("")
@PageTitle("Documents | Redline")
@Menu(order = 0, title = "Documents")
@PermitAll
class DocumentsView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DocumentService documents;
    final ComboBox<ProjectInfo> project = new ComboBox<>("Project");
    final Grid<DocumentSummary> grid = new Grid<>();
    final ImportPanel importPanel;

    DocumentsView(DocumentService documents, ProjectService projects, DocumentImportService importer,
                  TaskExecutor executor) {
        this.documents = documents;
        this.importPanel = new ImportPanel(importer, executor);
        setSizeFull();

        List<ProjectInfo> all = projects.list();
        project.setItems(all);
        project.setItemLabelGenerator(info -> info.name() + " (" + info.languagePair() + ")");
        project.setWidth("28em");
        project.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(DocumentsView.class,
                        QueryParameters.simple(Map.of("project", String.valueOf(change.getValue().id()))));
            }
        });

        grid.addComponentColumn(DocumentsView::titleLink).setHeader("Title").setFlexGrow(3);
        grid.addColumn(DocumentSummary::originalFileName).setHeader("File").setFlexGrow(1);
        grid.addColumn(DocumentSummary::segmentCount).setHeader("Segments").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(DocumentsView::progress).setHeader("Progress").setWidth("12em").setFlexGrow(0);
        grid.addColumn(DocumentSummary::importedBy).setHeader("Imported by").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> WHEN.format(summary.importedAt())).setHeader("Imported").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No documents yet: import a readout above.");

        importPanel.onImported(result -> refresh());
        add(new H2("Documents"), new HorizontalLayout(project), importPanel, grid);
        expand(grid);
        if (!all.isEmpty()) {
            select(all.getFirst());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("project")
                .flatMap(id -> project.getListDataView().getItems()
                        .filter(info -> String.valueOf(info.id()).equals(id)).findFirst())
                .ifPresent(this::select);
    }

    private void select(ProjectInfo info) {
        project.setValue(info);
        importPanel.setProject(info);
        refresh();
    }

    private void refresh() {
        ProjectInfo selected = project.getValue();
        grid.setItems(selected == null ? List.of() : documents.listByProject(selected.id()));
    }

    private static Anchor titleLink(DocumentSummary summary) {
        var link = new Anchor("edit/" + summary.id(), summary.title());
        // Navigates inside the running UI (no page reload); the editor lives in another module, hence no RouterLink.
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static HorizontalLayout progress(DocumentSummary summary) {
        var bar = new ProgressBar(0, 1, summary.progress());
        bar.setWidth("5em");
        var label = new Span(summary.editedCount() + " / " + summary.translatableCount());
        var cell = new HorizontalLayout(bar, label);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }
}
