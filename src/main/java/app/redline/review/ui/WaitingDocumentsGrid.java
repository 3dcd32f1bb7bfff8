package app.redline.review.ui;

import app.redline.review.WaitingDocument;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;

/** Documents with segments waiting for the reviewer, the longest-waiting first; a click opens the document. */
class WaitingDocumentsGrid extends Grid<WaitingDocument> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    WaitingDocumentsGrid(LongConsumer openDocument) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(WaitingDocument::title).setHeader("Document waiting for me").setFlexGrow(3);
        addColumn(WaitingDocument::submittedSegments).setHeader("Submitted segments").setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> WHEN.format(document.oldestSubmittedAt())).setHeader("Oldest since").setAutoWidth(true)
                .setFlexGrow(0);
        setEmptyStateText("No document waits for you.");
        setAllRowsVisible(false);
        setHeight("11em");
        addItemClickListener(click -> openDocument.accept(click.getItem().documentId()));
    }

    void show(List<WaitingDocument> documents) {
        setItems(documents);
    }
}
