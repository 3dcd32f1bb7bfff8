package app.redline.editor.ui;

import app.redline.checks.Issue;
import app.redline.document.SegmentSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The editor grid's read-only cells: readout (with its source), clean text with its issues underlined, status. */
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

    /** The clean text of a row not being edited, its known issues underlined as in the editor. */
    static Component clean(SegmentSnapshot row, List<Issue> issues) {
        var cell = new Span();
        cell.addClassName("segment-clean");
        String text = row.cleanText();
        if (text.isEmpty()) {
            cell.setText("—");
            return cell;
        }
        if (!row.translatable()) {
            cell.addClassName("furniture");
        }
        List<Issue> marked = issues.stream().filter(issue -> InlineMarks.underlinable(issue, text)).toList();
        if (marked.isEmpty()) {
            cell.setText(text);
            return cell;
        }
        // Cut the text wherever a mark starts or ends; each piece shows the worst issue covering it.
        var cuts = new TreeSet<Integer>(List.of(0, text.length()));
        marked.forEach(issue -> {
            cuts.add(issue.start());
            cuts.add(issue.end());
        });
        Integer from = cuts.pollFirst();
        for (Integer to : cuts) {
            int start = from;
            String piece = text.substring(start, to);
            marked.stream().filter(issue -> issue.start() <= start && to <= issue.end())
                    .min(Comparator.comparing(Issue::severity))
                    .ifPresentOrElse(worst -> {
                        var mark = new Span(piece);
                        mark.addClassNames("issue-mark", "severity-" + worst.severity().name());
                        mark.setTitle(worst.message());
                        cell.add(mark);
                    }, () -> cell.add(new Text(piece)));
            from = to;
        }
        return cell;
    }

    static Component status(SegmentSnapshot row) {
        var badge = new Span(row.translatable() ? row.status().label() : "Do not translate");
        badge.addClassNames("status-badge", row.translatable() ? row.status().name() : "SKIP");
        return badge;
    }
}
