package app.redline.editor.ui;

import app.redline.checks.DismissalService;
import app.redline.checks.DocumentChecks;
import app.redline.checks.Issue;
import app.redline.document.SegmentSnapshot;
import com.vaadin.flow.component.UI;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Checks the open segment off the UI thread whenever its text settles, and shows the result twice: underlined
 * in the text and listed in the side panel. A result for a text the field no longer holds is dropped, since a
 * newer check follows.
 */
class LiveChecks {

    private final DocumentChecks checks;
    private final DismissalService dismissals;
    private final BooleanSupplier saveOpenSegment;
    private final CheckPanel panel;
    private final long projectId;
    private final Consumer<CheckedText> onSavedTextChecked;
    private SegmentEditor editor;
    private SegmentSnapshot segment;

    /** @param saveOpenSegment saves the open segment's text if it changed; false when the user may not or it was refused */
    LiveChecks(DocumentChecks checks, DismissalService dismissals, CheckPanel panel, long projectId,
               Consumer<CheckedText> onSavedTextChecked, BooleanSupplier saveOpenSegment) {
        this.dismissals = dismissals;
        this.saveOpenSegment = saveOpenSegment;
        this.onSavedTextChecked = onSavedTextChecked;
        this.checks = checks;
        this.panel = panel;
        this.projectId = projectId;
    }

    /** Follows a newly opened segment's field (null when none is open). */
    void follow(SegmentSnapshot opened, SegmentEditor field) {
        segment = opened;
        editor = field;
        run();
    }

    /** The open segment was saved: later results belong to its new version. */
    void saved(SegmentSnapshot current) {
        if (segment != null && segment.id() == current.id()) {
            segment = current;
        }
    }

    void run() {
        if (segment == null || editor == null || !segment.translatable()) {
            clear();
            return;
        }
        UI ui = panel.getUI().orElse(null);
        if (ui == null) {
            return;
        }
        SegmentSnapshot checked = segment;
        SegmentEditor field = editor;
        String text = field.getValue();
        panel.checking();
        checks.checkLater(projectId, checked, text)
                .whenComplete((open, failure) -> ui.access(() -> {
                    if (field != editor || !field.getValue().equals(text)) {
                        return;
                    }
                    if (failure != null) {
                        panel.state.setText("Checks are unavailable right now; editing and saving go on.");
                        field.marks.clear();
                        return;
                    }
                    panel.show(open, text);
                    field.marks.show(text, open);
                    if (text.equals(checked.cleanText())) {
                        onSavedTextChecked.accept(new CheckedText(checked.id(), text, open));
                    }
                }));
    }

    /** A one-click fix is an edit like any other: it replaces the span and is saved as a revision. */
    void applyFix(Issue issue, String replacement) {
        if (segment == null || editor == null || editor.isReadOnly()) {
            return;
        }
        String text = editor.getValue();
        if (issue.end() > text.length()) {
            return;
        }
        editor.setValue(text.substring(0, issue.start()) + replacement + text.substring(issue.end()));
        if (saveOpenSegment.getAsBoolean()) {
            run();
        }
    }

    /** A false positive is dismissed with a reason, for this segment's current (saved) text only. */
    void dismiss(Issue issue) {
        if (segment == null || editor == null || editor.isReadOnly() || !saveOpenSegment.getAsBoolean()) {
            return;
        }
        long segmentId = segment.id();
        String text = editor.getValue();
        new DismissDialog(issue, reason -> {
            dismissals.dismiss(segmentId, text, issue, reason);
            run();
        }).open();
    }

    void clear() {
        panel.clear();
        if (editor != null) {
            editor.marks.clear();
        }
    }
}
