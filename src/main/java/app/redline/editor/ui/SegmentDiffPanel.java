package app.redline.editor.ui;

import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.review.ReviewAction;
import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import app.redline.document.diff.DiffText;

/** For reviewing: the open segment's saved text as a word diff against the readout and the last approved revision. */
class SegmentDiffPanel extends VerticalLayout {

    final Div againstReadout = new Div();
    final Div againstApproved = new Div();
    private final SegmentService segments;
    private final ReviewService reviews;
    private final String language;

    SegmentDiffPanel(SegmentService segments, ReviewService reviews, String language) {
        this.segments = segments;
        this.reviews = reviews;
        this.language = language;
        addClassName("segment-diffs");
        setPadding(false);
        setSpacing(false);
        add(heading("Against the readout"), againstReadout, heading("Against the last approved revision"), againstApproved);
        follow(null);
    }

    void follow(SegmentSnapshot open) {
        againstReadout.removeAll();
        againstApproved.removeAll();
        if (open == null) {
            againstReadout.add(hint("Open a segment to compare it."));
            return;
        }
        againstReadout.add(DiffText.between(open.readout(), open.cleanText(), language));
        Optional<Integer> approved = reviews.history(open.id()).stream()
                .filter(event -> event.action() == ReviewAction.APPROVE).map(ReviewEvent::revisionNo).findFirst();
        if (approved.isEmpty()) {
            againstApproved.add(hint("No revision was approved yet."));
            return;
        }
        segments.history(open.id()).stream().filter(revision -> revision.revisionNo() == approved.get()).findFirst()
                .map(RevisionSnapshot::text)
                .ifPresent(text -> againstApproved.add(text.equals(open.cleanText())
                        ? hint("Revision " + approved.get() + " was approved; the text is the same.")
                        : DiffText.between(text, open.cleanText(), language)));
    }

    private static Span heading(String text) {
        var heading = new Span(text);
        heading.addClassName("thread-heading");
        return heading;
    }

    private static Span hint(String text) {
        var hint = new Span(text);
        hint.addClassName("shortcut-hint");
        return hint;
    }
}
