package app.redline.review.ui;

import app.redline.review.BulkReviewService;
import app.redline.review.QueueFilter;
import app.redline.review.QueuedSegment;
import app.redline.review.ReviewQueueService;
import app.redline.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reviewer's queue: documents and segments others submitted, oldest first. A click shows the segment's
 * detail beside the list (which counts as having seen it); segments seen can be approved together.
 */
@Route("review")
@PageTitle("Review queue | Redline")
@Menu(order = 1, title = "Review queue")
@RolesAllowed(Role.Names.REVIEWER)
class ReviewQueueView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<QueuedSegment> grid = new Grid<>();
    final Checkbox rejectedBefore = new Checkbox("Rejected before");
    final Checkbox mineOnly = new Checkbox("Mine only");
    final ComboBox<QueueFilter.Issues> issues = new ComboBox<>();
    final TextField translator = new TextField();
    final WaitingDocumentsGrid waitingDocuments = new WaitingDocumentsGrid(this::openDocument);
    final QueueDetailPanel detail = new QueueDetailPanel(this::openSegment);
    final ApproveSelection approveSelection;
    private final ReviewQueueService queue;
    /** Opened since the list was loaded; the next load reads it from the server. */
    private final Set<Long> seenHere = new HashSet<>();

    ReviewQueueView(ReviewQueueService queue, BulkReviewService bulk) {
        this.queue = queue;
        configureGrid();
        // After the grid's selection mode is set: a new mode drops earlier selection listeners.
        this.approveSelection = new ApproveSelection(bulk, grid, this::reload);
        setSizeFull();
        translator.setPlaceholder("Translator (user name)");
        translator.setClearButtonVisible(true);
        translator.setValueChangeMode(ValueChangeMode.LAZY);
        translator.addValueChangeListener(change -> reload());
        rejectedBefore.addValueChangeListener(change -> reload());
        mineOnly.setTooltipText("Only documents assigned to me (otherwise also documents with no reviewer assigned)");
        mineOnly.addValueChangeListener(change -> reload());
        issues.setItems(QueueFilter.Issues.values());
        issues.setItemLabelGenerator(QueueFilter.Issues::label);
        issues.setValue(QueueFilter.Issues.ANY);
        issues.setPlaceholder("Has issues");
        issues.setTooltipText("Has issues: by the segment's stored check result; a check that could not run counts "
                + "as an error");
        issues.addValueChangeListener(change -> reload());
        var filters = new HorizontalLayout(new H3("Waiting for review"), translator, issues, rejectedBefore, mineOnly,
                approveSelection.button);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        body.expand(grid);
        add(waitingDocuments, filters, body);
        expand(body);
        reload();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI); // a lazy grid shows no select-all box: no blind approve-all
        grid.addColumn(QueuedSegment::documentTitle).setHeader("Document").setFlexGrow(1);
        grid.addColumn(QueuedSegment::position).setHeader("#").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(QueuedSegment::cleanText).setHeader("Submitted text").setFlexGrow(3);
        grid.addColumn(QueuedSegment::submittedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(segment -> WHEN.format(segment.submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueuedSegment::issueCount).setHeader("Issues").setKey("issues").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(segment -> seen(segment) ? "seen" : "").setHeader("Seen").setKey("seen").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(segment -> "Only segments you have opened can be approved together");
        grid.addColumn(segment -> segment.rejectedBefore() ? "rejected before" : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing waits for your review.");
        grid.addItemClickListener(click -> showDetail(click.getItem()));
    }

    void reload() {
        var filter = new QueueFilter(rejectedBefore.getValue(), translator.getValue(), issues.getValue(), mineOnly.getValue());
        grid.deselectAll();
        seenHere.clear();
        grid.setItems(query -> queue.waitingForMe(filter, query.getOffset(), query.getLimit()).stream());
        waitingDocuments.show(queue.documentsWaitingForMe(mineOnly.getValue()));
        detail.show(null);
    }

    void showDetail(QueuedSegment segment) {
        detail.show(queue.open(segment.segmentId()));
        seenHere.add(segment.segmentId());
        grid.getDataProvider().refreshItem(segment);
    }

    boolean seen(QueuedSegment segment) {
        return segment.seenByMe() || seenHere.contains(segment.segmentId());
    }

    private void openSegment(long documentId, long segmentId) {
        UI.getCurrent().navigate("edit/" + documentId, QueryParameters.simple(Map.of("segment", String.valueOf(segmentId))));
    }

    private void openDocument(long documentId) {
        UI.getCurrent().navigate("edit/" + documentId);
    }
}
