package app.redline.editor.ui;

import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentSnapshot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every revision of a segment, newest first, each with a word diff to the one before it. */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final VerticalLayout revisions = new VerticalLayout();

    HistoryDialog(SegmentSnapshot segment, List<RevisionSnapshot> history, String language) {
        setHeaderTitle("History of segment " + segment.position());
        setWidth("min(60em, 95vw)");
        var content = new VerticalLayout();
        content.setPadding(false);
        content.add(new H4("Clean version against the readout"),
                DiffText.between(segment.readout(), segment.cleanText(), language));
        content.add(new H4(history.size() == 1 ? "1 revision" : history.size() + " revisions"));
        revisions.setPadding(false);
        for (int i = 0; i < history.size(); i++) {
            RevisionSnapshot revision = history.get(i);
            String before = i + 1 < history.size() ? history.get(i + 1).text() : segment.readout();
            var heading = new Span("Revision " + revision.revisionNo() + " · " + revision.author() + " · "
                    + WHEN.format(revision.createdAt()));
            heading.addClassName("revision-heading");
            heading.getStyle().set("font-weight", "600");
            revisions.add(new VerticalLayout(heading, DiffText.between(before, revision.text(), language)));
        }
        content.add(revisions);
        add(content);
        getFooter().add(new Button("Close", click -> close()));
    }
}
