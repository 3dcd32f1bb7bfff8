package app.redline.editor.ui;

import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.discussion.CommentService;
import app.redline.review.ReviewService;
import app.redline.discussion.SegmentThread;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The open segment's thread (comments and review moves) and its review diffs, as two tabs of the editor's side
 * column, above them a notice when someone else changed the segment while it was open.
 */
class SegmentSidePanel extends Div {

    final Div remoteChange = new Div();
    final ThreadPanel thread;
    final TabSheet tabs = new TabSheet();
    private final SegmentService segments;
    private final ReviewService reviews;
    SegmentDiffPanel diffs;
    Tab diffTab;
    private SegmentSnapshot open;

    SegmentSidePanel(CommentService comments, SegmentThread conversation, ReviewService reviews, SegmentService segments) {
        this.segments = segments;
        this.reviews = reviews;
        this.thread = new ThreadPanel(comments, conversation);
        addClassName("segment-side-panel");
        setWidthFull();
        remoteChange.addClassName("remote-change");
        remoteChange.setVisible(false);
        tabs.setWidthFull();
        tabs.add("Comments", thread);
        tabs.addSelectedChangeListener(change -> showDiffsIfSelected());
        add(remoteChange, tabs);
    }

    /** The diffs tokenise for the project's target language, known once the document is. */
    void language(String language) {
        if (diffs != null) {
            tabs.remove(diffs);
        }
        diffs = new SegmentDiffPanel(segments, reviews, language);
        diffTab = tabs.add("Diff", diffs);
        showDiffsIfSelected();
    }

    /** Diffs read the segment's revisions: only while their tab is the one shown, not on every open and save. */
    private void showDiffsIfSelected() {
        if (diffs != null && tabs.getSelectedTab() == diffTab) {
            diffs.follow(open);
        }
    }

    void follow(SegmentSnapshot segment) {
        // Another segment, or the user's own save of this one (after the conflict dialog): the notice is settled.
        boolean settled = open == null || segment == null || open.id() != segment.id() || open.version() != segment.version();
        open = segment;
        if (settled) {
            remoteChange.setVisible(false);
        }
        thread.follow(segment == null ? null : segment.id());
        showDiffsIfSelected();
    }

    /** Someone else changed or commented on a segment: refresh what shows it. */
    void changedElsewhere(long segmentId) {
        if (thread.shows(segmentId)) {
            thread.showLater();
        }
    }

    void noticeRemoteChange(String notice) {
        remoteChange.setText(notice);
        remoteChange.setVisible(true);
    }
}
