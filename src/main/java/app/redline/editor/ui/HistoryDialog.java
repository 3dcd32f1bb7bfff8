package app.redline.editor.ui;

import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentSnapshot;
import app.redline.review.ReviewAction;
import app.redline.review.ReviewEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import app.redline.document.diff.DiffText;

/**
 * Every revision of a segment, newest first, each with a word diff to the one before it and the review moves made
 * on it (submitted, approved, rejected with the reason); when an earlier revision was approved, the diff against it.
 */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final VerticalLayout revisions = new VerticalLayout();

    HistoryDialog(SegmentSnapshot segment, List<RevisionSnapshot> history, List<ReviewEvent> reviewEvents, String language) {
        setHeaderTitle("History of segment " + segment.position());
        setWidth("min(60em, 95vw)");
        var content = new VerticalLayout();
        content.setPadding(false);
        content.add(new H4("Clean version against the readout"),
                DiffText.between(segment.readout(), segment.cleanText(), language));
        lastApproved(history, reviewEvents).ifPresent(approved -> content.add(
                new H4("Clean version against the last approved revision (" + approved.revisionNo() + ")"),
                DiffText.between(approved.text(), segment.cleanText(), language)));
        content.add(new H4(history.size() == 1 ? "1 revision" : history.size() + " revisions"));
        revisions.setPadding(false);
        for (int i = 0; i < history.size(); i++) {
            RevisionSnapshot revision = history.get(i);
            String before = i + 1 < history.size() ? history.get(i + 1).text() : segment.readout();
            var heading = new Span("Revision " + revision.revisionNo() + " · " + revision.author() + " · "
                    + WHEN.format(revision.createdAt()));
            heading.addClassName("revision-heading");
            heading.getStyle().set("font-weight", "600");
            var entry = new VerticalLayout(heading, DiffText.between(before, revision.text(), language));
            reviewEvents.stream().filter(event -> event.revisionNo() == revision.revisionNo())
                    .sorted(Comparator.comparing(ReviewEvent::createdAt))
                    .forEach(event -> entry.add(reviewLine(event)));
            revisions.add(entry);
        }
        content.add(revisions);
        add(content);
        getFooter().add(new Button("Close", click -> close()));
    }

    /** The latest approved revision, when a later one replaced it. */
    private static Optional<RevisionSnapshot> lastApproved(List<RevisionSnapshot> history, List<ReviewEvent> events) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        int latest = history.getFirst().revisionNo();
        return events.stream().filter(event -> event.action() == ReviewAction.APPROVE)
                .max(Comparator.comparing(ReviewEvent::createdAt))
                .filter(approval -> approval.revisionNo() != latest)
                .flatMap(approval -> history.stream().filter(r -> r.revisionNo() == approval.revisionNo()).findFirst());
    }

    private static Span reviewLine(ReviewEvent event) {
        String what = switch (event.action()) {
            case SUBMIT -> "Submitted";
            case APPROVE -> "Approved";
            case REJECT -> "Rejected";
        };
        var line = new Span(what + " by " + event.actor() + " · " + WHEN.format(event.createdAt())
                + (event.reason() != null ? ": " + event.reason() : "")
                + (event.overrideReason() != null ? " (over open errors: " + event.overrideReason() + ")" : ""));
        line.addClassNames("review-event", event.action().name());
        return line;
    }
}
