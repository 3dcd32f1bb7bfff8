package app.redline.delivery.ui;

import app.redline.delivery.AuditEntry;
import app.redline.delivery.DocumentAudit;
import app.redline.document.DocumentService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A document's audit trail, newest first: every review move, sign-off, assignment change, comment and error mark,
 * loaded as the grid scrolls; the whole trail as CSV to download.
 */
@Route("review/documents/:documentId(\\d+)/audit")
@PermitAll
class DocumentAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "documentId";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final H2 title = new H2();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor csv = new Anchor();
    private final DocumentAudit audit;
    private final DocumentService documents;

    DocumentAuditView(DocumentAudit audit, DocumentService documents) {
        this.audit = audit;
        this.documents = documents;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> WHEN.format(entry.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.segmentPosition() == null ? "" : "#" + entry.segmentPosition()).setHeader("Segment")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DocumentAuditView::move).setHeader("From → to").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.revisionNo() == null ? "" : entry.revisionNo().toString()).setHeader("Revision")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(DocumentAuditView::override).setHeader("Override").setFlexGrow(2);
        grid.setEmptyStateText("Nothing has happened to this document in review yet.");
        csv.setText("Download CSV");
        var header = new HorizontalLayout(new RouterLink("← Sign-off", DocumentStatusView.class), title, csv);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, grid);
        expand(grid);
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters(PARAMETER, String.valueOf(documentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long documentId = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        title.setText("Audit: " + documents.header(documentId).title());
        // Lazily, a page at a time as the grid scrolls, and without counting the trail: the grid learns the end by
        // reaching it.
        grid.setItems(query -> fetch(documentId, query.getOffset(), query.getLimit()));
        csv.setHref((DownloadHandler) download -> {
            // Written while read, when clicked, so it holds what happened until then.
            download.setFileName(audit.csvFileName(documentId));
            download.setContentType(DocumentAudit.CSV_CONTENT_TYPE);
            audit.writeCsv(documentId, download.getOutputStream());
        });
    }

    /** What the grid asks for, in reads the service allows. */
    private Stream<AuditEntry> fetch(long documentId, long offset, int limit) {
        var rows = new ArrayList<AuditEntry>();
        while (rows.size() < limit) {
            int wanted = Math.min(DocumentAudit.MAX_LIMIT, limit - rows.size());
            List<AuditEntry> page = audit.entries(documentId, offset + rows.size(), wanted);
            rows.addAll(page);
            if (page.size() < wanted) {
                break;
            }
        }
        return rows.stream();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | Redline";
    }

    private static String move(AuditEntry entry) {
        if (entry.from() == null && entry.to() == null) {
            return "";
        }
        return entry.from() + " → " + entry.to();
    }

    private static String override(AuditEntry entry) {
        if (entry.overrideReason() == null) {
            return "";
        }
        return entry.overrideReason() + " (over: " + entry.overriddenIssues() + ")";
    }
}
