package app.redline.review.ui;

import app.redline.checks.Issue;
import app.redline.document.diff.DiffText;
import app.redline.document.diff.WordDiff;
import app.redline.review.QueueDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The segment a reviewer opened from the queue: readout, submitted revision, a word diff between them and the
 * open issues. Opening it is what lets the segment be approved with others. Text goes into components, never HTML.
 */
class QueueDetailPanel extends VerticalLayout {

    interface OpenSegment {
        void open(long documentId, long segmentId);
    }

    final Div readout = new Div();
    final Div submitted = new Div();
    final DiffText diff = new DiffText();
    final Div issues = new Div();
    final Span revision = new Span();
    final Button openInEditor = new Button("Open in editor");
    private QueueDetail shown;

    QueueDetailPanel(OpenSegment openSegment) {
        setPadding(false);
        setWidth("28em");
        addClassName("queue-detail");
        revision.addClassName("shortcut-hint");
        openInEditor.addClickListener(click -> {
            if (shown != null) {
                openSegment.open(shown.segment().documentId(), shown.segment().id());
            }
        });
        add(new H4("Segment"), revision, new H4("Readout"), readout, new H4("Submitted"), submitted,
                new H4("Changes from the readout"), diff, new H4("Issues"), issues, openInEditor);
        show(null);
    }

    void show(QueueDetail detail) {
        shown = detail;
        setVisible(detail != null);
        readout.removeAll();
        submitted.removeAll();
        diff.removeAll();
        issues.removeAll();
        if (detail == null) {
            return;
        }
        revision.setText("#" + detail.segment().position() + " · revision " + detail.revision().revisionNo() + " by "
                + detail.revision().author());
        readout.setText(detail.segment().readout());
        submitted.setText(detail.revision().text());
        diff.show(WordDiff.between(detail.segment().readout(), detail.revision().text(), detail.targetLanguage()));
        if (detail.issues().isEmpty()) {
            issues.setText("No open issues.");
        }
        for (Issue issue : detail.issues()) {
            var badge = new Span(issue.severity().name().toLowerCase());
            badge.addClassNames("status-badge", "severity-" + issue.severity().name());
            issues.add(new Div(badge, new Span(" " + issue.message())));
        }
    }

    QueueDetail shown() {
        return shown;
    }
}
