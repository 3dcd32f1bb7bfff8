package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;

/**
 * Error annotation in the editor: a reviewer selects text in the open segment's clean version (or nothing, for the
 * whole segment) and files it with "Mark error…"; the segment's active annotations are listed beside it, each
 * with a withdraw action for reviewers. The mark is on the saved revision, so pending edits are saved first.
 */
class QualityAnnotations {

    final Button markError = new Button("Mark error…");
    final Anchor report = new Anchor("", "Quality");
    /** The open segment's active annotations. */
    final Div list = new Div();

    private final AnnotationService annotations;
    private final SegmentService segments;
    private final boolean reviewer;
    private final Supplier<SegmentSnapshot> saveOpenSegment;
    private final Supplier<SegmentEditor> field;
    private SegmentSnapshot segment;

    /** @param saveOpenSegment saves pending edits and returns the segment as saved (null when the save was refused) */
    QualityAnnotations(AnnotationService annotations, SegmentService segments, boolean reviewer,
                       Supplier<SegmentSnapshot> saveOpenSegment, Supplier<SegmentEditor> field) {
        this.annotations = annotations;
        this.segments = segments;
        this.reviewer = reviewer;
        this.saveOpenSegment = saveOpenSegment;
        this.field = field;
        markError.setVisible(reviewer);
        markError.setTooltipText("Select the wrong words in the clean version first; with nothing selected, the whole segment");
        markError.addClickListener(click -> markSelection());
        list.addClassName("quality-annotations");
        follow(null);
    }

    void showReportOf(long documentId) {
        report.setHref("quality/" + documentId);
    }

    /** Follows the open segment (null when none is open). */
    void follow(SegmentSnapshot open) {
        segment = open;
        markError.setEnabled(open != null && open.translatable());
        refresh();
    }

    private void markSelection() {
        SegmentSnapshot saved = saveOpenSegment.get();
        SegmentEditor editor = field.get();
        if (saved == null || editor == null) {
            return;
        }
        editor.readSelection(selection -> {
            boolean sameText = selection.text().equals(saved.cleanText());
            // A selection in text other than the saved revision's would point elsewhere: mark the whole segment then.
            mark(sameText ? selection.start() : 0, sameText ? selection.end() : 0);
        });
    }

    /** Opens the dialog for characters start–end of the latest revision; an empty selection means the whole segment. */
    void mark(int start, int end) {
        if (segment == null) {
            return;
        }
        long segmentId = segment.id();
        RevisionSnapshot revision = segments.latestRevision(segmentId);
        String text = revision.text();
        int from = start < end && end <= text.length() ? start : 0;
        int to = start < end && end <= text.length() ? end : text.length();
        String marked = from == 0 && to == text.length() ? "The whole segment" : "“" + text.substring(from, to) + "”";
        new MarkErrorDialog("Mark an error in segment " + segment.position() + ", revision " + revision.revisionNo(), marked,
                (category, severity, note) -> {
                    annotations.annotate(segmentId, revision.revisionNo(), from, to, category, severity, note);
                    refresh();
                }).open();
    }

    private void refresh() {
        list.removeAll();
        List<Annotation> active = segment == null ? List.of()
                : annotations.forSegment(segment.id()).stream().filter(Annotation::active).toList();
        list.setVisible(!active.isEmpty());
        active.forEach(annotation -> list.add(row(annotation)));
    }

    private Div row(Annotation annotation) {
        var what = new Span(annotation.severity().label() + " · " + annotation.category().label());
        what.addClassNames("annotation-kind", annotation.severity().name());
        String marked = annotation.markedText().isEmpty() ? "(a position)" : "“" + shorten(annotation.markedText()) + "”";
        var where = new Span(marked + " · revision " + annotation.revisionNo() + " · " + annotation.annotatedBy());
        var row = new Div(what, where);
        if (annotation.note() != null) {
            row.add(new Div(annotation.note()));
        }
        if (reviewer) {
            var withdraw = new Button("Withdraw", click -> withdraw(annotation));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(withdraw);
        }
        row.addClassName("quality-annotation");
        return row;
    }

    private void withdraw(Annotation annotation) {
        new ReasonDialog("Withdraw this error?", "It stops counting in the quality score; the withdrawal is recorded.",
                "Why is it not an error?", "Withdraw", reason -> {
                    try {
                        annotations.withdraw(annotation.segmentId(), annotation.id(), reason);
                    } catch (UserMessageException refused) {
                        Refusals.show(refused);
                    }
                    refresh();
                }).open();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
