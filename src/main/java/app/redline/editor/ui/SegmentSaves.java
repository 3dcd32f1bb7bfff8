package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.base.database.DatabaseUnavailable;
import app.redline.base.ui.DatabaseOutageNotices;
import app.redline.base.ui.Refusals;
import app.redline.document.SegmentConflictException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the open segment's text at the version the translator saw. When someone saved in between, the conflict
 * dialog shows both versions and nothing is saved until the translator chooses; while it is open, other saves wait.
 */
final class SegmentSaves {

    /** What the editor does with the outcome: a saved revision, a chosen text to put in the field, the language. */
    record Outcome(SaveListener saved, Consumer<String> chosen, Consumer<SegmentSnapshot> keptTheirs,
                   Supplier<String> language) {}

    interface SaveListener {
        void saved(SegmentSnapshot saved, long expectedVersion);
    }

    private final SegmentService segments;
    private final Outcome outcome;
    private ConflictDialog openConflict;

    SegmentSaves(SegmentService segments, Outcome outcome) {
        this.segments = segments;
        this.outcome = outcome;
    }

    boolean conflictOpen() {
        return openConflict != null && openConflict.isOpened();
    }

    /**
     * False when the save was refused: a conflict (the dialog is open), an invalid text or the database being
     * down (a message says why). The caller then keeps the segment open with the text as typed.
     */
    boolean save(long segmentId, String text, long expectedVersion) {
        try {
            outcome.saved().saved(segments.save(segmentId, text, expectedVersion), expectedVersion);
            return true;
        } catch (SegmentConflictException conflict) {
            openConflict = new ConflictDialog(conflict, outcome.language().get(),
                    chosen -> {
                        openConflict = null;
                        outcome.chosen().accept(chosen);
                        save(segmentId, chosen, conflict.current().version());
                    },
                    current -> {
                        openConflict = null;
                        outcome.keptTheirs().accept(current);
                    });
            openConflict.open();
            return false;
        } catch (UserMessageException invalid) {
            Refusals.show(invalid);
            return false;
        } catch (RuntimeException failed) {
            if (!DatabaseUnavailable.causedBy(failed)) {
                throw failed;
            }
            DatabaseOutageNotices.show(DatabaseUnavailable.SAVE_NOTICE); // refused: the segment stays open, text and all
            return false;
        }
    }
}
