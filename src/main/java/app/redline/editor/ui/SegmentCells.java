package app.redline.editor.ui;

import app.redline.document.SegmentSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The editor grid's read-only cells: readout (with its source) and status. */
final class SegmentCells {

    private SegmentCells() {}

    static Component readout(SegmentSnapshot row) {
        var cell = new Div();
        if (row.sourceText() != null && !row.sourceText().isBlank()) {
            var source = new Span(row.sourceText());
            source.addClassName("segment-source");
            cell.add(source);
        }
        var readout = new Span(row.readout());
        readout.addClassName("segment-readout");
        if (!row.translatable()) {
            readout.addClassName("furniture");
        }
        cell.add(readout);
        return cell;
    }

    static Component status(SegmentSnapshot row) {
        var badge = new Span(row.translatable() ? row.status().label() : "Do not translate");
        badge.addClassNames("status-badge", row.translatable() ? row.status().name() : "SKIP");
        return badge;
    }
}
