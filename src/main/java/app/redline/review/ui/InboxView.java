package app.redline.review.ui;

import app.redline.review.CommentService;
import app.redline.review.InboxItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
        grid.addColumn(item -> WHEN.format(item.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.from() + " " + item.kind().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        // A real link: it opens in a new tab as well as in this one.
        grid.addComponentColumn(item -> new Anchor(item.link(), item.documentTitle() + " #" + item.position()))
                .setHeader("Segment").setFlexGrow(1);
        grid.addColumn(InboxItem::text).setHeader("Comment or reason").setFlexGrow(3);
        grid.setEmptyStateText("Nothing for you yet: mentions, rejections and replies show up here.");
        grid.setItems(comments.inbox());
        add(new H3("Inbox"), grid);
        expand(grid);
    }
}
