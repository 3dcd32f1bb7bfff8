package app.redline.review.ui;

import app.redline.review.QueueFilter;
import app.redline.review.QueuedSegment;
import app.redline.review.ReviewQueueService;
import app.redline.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.Map;

/** The reviewer's queue: segments others submitted, oldest first; a click opens the segment in the editor. */
@Route("review")
@PageTitle("Review queue | Redline")
@Menu(order = 1, title = "Review queue")
@RolesAllowed(Role.Names.REVIEWER)
class ReviewQueueView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<QueuedSegment> grid = new Grid<>();
    final Checkbox rejectedBefore = new Checkbox("Rejected before");
    final TextField translator = new TextField();
    private final ReviewQueueService queue;

    ReviewQueueView(ReviewQueueService queue) {
        this.queue = queue;
        setSizeFull();
        translator.setPlaceholder("Translator (user name)");
        translator.setClearButtonVisible(true);
        translator.setValueChangeMode(ValueChangeMode.LAZY);
        translator.addValueChangeListener(change -> reload());
        rejectedBefore.addValueChangeListener(change -> reload());
        var filters = new HorizontalLayout(new H3("Waiting for review"), translator, rejectedBefore);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(filters, grid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(QueuedSegment::documentTitle).setHeader("Document").setFlexGrow(1);
        grid.addColumn(QueuedSegment::position).setHeader("#").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(QueuedSegment::cleanText).setHeader("Submitted text").setFlexGrow(3);
        grid.addColumn(QueuedSegment::submittedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(segment -> WHEN.format(segment.submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(segment -> segment.rejectedBefore() ? "rejected before" : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing waits for your review.");
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private void reload() {
        var filter = new QueueFilter(rejectedBefore.getValue(), translator.getValue());
        grid.setItems(query -> queue.waitingForMe(filter, query.getOffset(), query.getLimit()).stream());
    }

    private void open(QueuedSegment segment) {
        UI.getCurrent().navigate("edit/" + segment.documentId(),
                QueryParameters.simple(Map.of("segment", String.valueOf(segment.segmentId()))));
    }
}
