package app.redline.delivery.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.delivery.Assignees;
import app.redline.delivery.AssignmentService;
import app.redline.delivery.DocumentExport;
import app.redline.delivery.DocumentProgress;
import app.redline.delivery.DocumentState;
import app.redline.delivery.ExportFile;
import app.redline.delivery.SignOffService;
import app.redline.delivery.XliffExport;
import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A project's documents with their review progress and assignees; reviewers sign them off, administrators and the
 * document's assigned reviewers assign, everyone exports the clean text and opens the audit trail.
 */
@Route("review/documents")
@PageTitle("Sign-off | Redline")
@Menu(order = 1, title = "Sign-off")
@PermitAll
class DocumentStatusView extends VerticalLayout {

    /** A document with its progress and assignees, each loaded for the whole list in one query. */
    record Row(DocumentSummary document, DocumentProgress progress, Assignees assignees) {}

    private final DocumentService documents;
    private final SignOffService signOffs;
    private final DocumentExport export;
    private final XliffExport xliff;
    private final AssignmentService assignments;
    private final boolean reviewer = CurrentUser.hasRole(Role.Names.REVIEWER);
    private final boolean assigner = reviewer || CurrentUser.hasRole(Role.Names.ADMIN);
    final ComboBox<ProjectInfo> project = new ComboBox<>("Project");
    final Checkbox myDocuments = new Checkbox("My documents");
    final Grid<Row> grid = new Grid<>();

    DocumentStatusView(ProjectService projects, DocumentService documents, SignOffService signOffs, DocumentExport export,
                       XliffExport xliff, AssignmentService assignments) {
        this.documents = documents;
        this.signOffs = signOffs;
        this.export = export;
        this.xliff = xliff;
        this.assignments = assignments;
        setSizeFull();

        List<ProjectInfo> all = projects.list();
        project.setItems(all);
        project.setItemLabelGenerator(info -> info.name() + " (" + info.languagePair() + ")");
        project.setWidth("28em");
        project.addValueChangeListener(change -> refresh());
        myDocuments.setTooltipText("Only documents I am assigned to translate or review");
        myDocuments.addValueChangeListener(change -> refresh());

        grid.addColumn(row -> row.document().title()).setHeader("Title").setFlexGrow(3);
        grid.addColumn(row -> row.progress().summary()).setHeader("Progress").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> new Anchor("quality/" + row.document().id(), "Quality")).setHeader("Quality")
                .setKey("quality").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::exports).setHeader("Export").setKey("export").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::signOffButton).setHeader("Sign-off").setKey("sign-off").setAutoWidth(true).setFlexGrow(0)
                .setVisible(reviewer);
        grid.addColumn(row -> AssigneeText.of(row.assignees())).setHeader("Assignees").setKey("assignees").setFlexGrow(2);
        grid.addComponentColumn(this::assignButton).setHeader("").setKey("assign").setAutoWidth(true).setFlexGrow(0)
                .setVisible(assigner);
        grid.addComponentColumn(row -> new RouterLink("Audit", DocumentAuditView.class, DocumentAuditView.parameters(row.document().id())))
                .setHeader("").setKey("audit").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No documents in this project.");

        var filters = new HorizontalLayout(project, myDocuments);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Sign-off"), filters, grid);
        expand(grid);
        if (!all.isEmpty()) {
            project.setValue(all.getFirst());
        }
    }

    private void refresh() {
        ProjectInfo selected = project.getValue();
        List<DocumentSummary> listed = selected == null ? List.of() : documents.listByProject(selected.id());
        if (myDocuments.getValue()) {
            Set<Long> mine = new HashSet<>(assignments.myDocuments(Role.TRANSLATOR));
            mine.addAll(assignments.myDocuments(Role.REVIEWER));
            listed = listed.stream().filter(document -> mine.contains(document.id())).toList();
        }
        List<Long> ids = listed.stream().map(DocumentSummary::id).toList();
        Map<Long, DocumentProgress> progress = signOffs.progress(ids);
        Map<Long, Assignees> assignees = assignments.assignees(ids);
        grid.setItems(listed.stream()
                .map(document -> new Row(document, progress.get(document.id()), assignees.get(document.id()))).toList());
    }

    /** Offered to administrators, and to reviewers on documents they are assigned to review; others read why not. */
    private Button assignButton(Row row) {
        var button = new Button("Assign…", click -> new AssignDialog(assignments, row.document().title(), row.assignees(),
                saved -> refresh()).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        assignments.refusalToAssign(row.assignees()).ifPresent(reason -> {
            button.setEnabled(false);
            button.setTooltipText(reason);
        });
        return button;
    }

    private HorizontalLayout exports(Row row) {
        String draft = row.progress().state() == DocumentState.SIGNED_OFF ? "" : " (draft)";
        long id = row.document().id();
        return new HorizontalLayout(new Anchor(download(id, export::plainText), "Text" + draft),
                new Anchor(download(id, export::csv), "CSV" + draft),
                new Anchor(download(id, xliff::xliff), "XLIFF" + draft));
    }

    private static DownloadHandler download(long documentId, LongFunction<ExportFile> exporter) {
        // Built when clicked, so the file matches the document's state at that moment.
        return DownloadHandler.fromInputStream(event -> {
            ExportFile file = exporter.apply(documentId);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        });
    }

    private Button signOffButton(Row row) {
        boolean signedOff = row.progress().state() == DocumentState.SIGNED_OFF;
        var button = new Button(signedOff ? "Signed off" : "Sign off", click -> signOff(row));
        boolean mine = row.assignees().mayReview(CurrentUser.username());
        button.setEnabled(row.progress().state() == DocumentState.APPROVED && mine);
        if (!mine) {
            button.setTooltipText("Assigned reviewers sign this document off");
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void signOff(Row row) {
        try {
            signOffs.signOff(row.document().id());
            Notification.show("Signed off: " + row.document().title());
        } catch (UserMessageException refused) {
            Refusals.show(refused);
        }
        refresh();
    }
}
