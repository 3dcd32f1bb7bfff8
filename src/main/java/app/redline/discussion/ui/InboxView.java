package app.redline.discussion.ui;

import app.redline.discussion.CommentService;
import app.redline.discussion.InboxItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What concerns me, newest first: mentions, rejections of my revisions, replies where I commented. */
@Route("inbox")
@PageTitle("Inbox | Redline")
@Menu(order = 0.5, title = "Inbox")
@PermitAll
class InboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<InboxItem> grid = new Grid<>();

    InboxView(CommentService comments) {
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(InboxView::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.from() + " " + item.kind().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        // A real link: it opens in a new tab as well as in this one.
        grid.addComponentColumn(item -> new Anchor(item.link(), item.documentTitle() + " #" + item.position()))
                .setHeader("Segment").setKey("segment").setFlexGrow(1);
        grid.addColumn(InboxItem::text).setHeader("Comment or reason").setFlexGrow(3);
        grid.setEmptyStateText("Nothing for you yet: mentions, rejections and replies show up here.");
        List<InboxItem> items = comments.inbox();
        grid.setItems(items);
        add(new H3("Inbox"), grid);
        expand(grid);
        // Seen now: shown as new this once, read from the next visit on.
        if (!items.isEmpty()) {
            comments.markInboxRead(items.getFirst().at());
        }
    }

    private static Span when(InboxItem item) {
        var when = new Span(WHEN.format(item.at()));
        if (item.unread()) {
            var badge = new Span("new");
            badge.addClassNames("status-badge", "inbox-new");
            when.add(new Span(" "), badge);
        }
        return when;
    }
}
