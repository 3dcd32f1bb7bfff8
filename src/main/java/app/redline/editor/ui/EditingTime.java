package app.redline.editor.ui;

import app.redline.document.SegmentSnapshot;
import app.redline.quality.EditingTimeService;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long the open segment's field was actively edited (focused and typed in, idle gaps left out) and
 * records it with each save that made a revision. Time spent on a segment that is left unsaved is not recorded.
 */
class EditingTime {

    private static final Logger log = LoggerFactory.getLogger(EditingTime.class);
    /** Typing sends at most one sign per second; that is fine-grained enough against a 60 s idle limit. */
    private static final int TYPING_SIGN_MS = 1000;

    private final EditingTimeService service;
    private final List<Registration> listeners = new ArrayList<>();
    /** Replaceable in tests. */
    Clock clock = Clock.systemUTC();
    private ActiveTime time = new ActiveTime();
    private long segmentId = -1;

    EditingTime(EditingTimeService service) {
        this.service = service;
    }

    /** Follows the open segment's field (nulls when none is open); opening it is the first sign of activity. */
    void follow(SegmentSnapshot open, SegmentEditor editor) {
        listeners.forEach(Registration::remove);
        listeners.clear();
        time = new ActiveTime();
        segmentId = open == null ? -1 : open.id();
        if (open == null || editor == null) {
            return;
        }
        time.activity(clock.instant());
        listeners.add(editor.addFocusListener(focus -> time.activity(clock.instant())));
        listeners.add(editor.addBlurListener(blur -> time.pause(clock.instant())));
        listeners.add(editor.getElement().addEventListener("input", typed -> time.activity(clock.instant()))
                .throttle(TYPING_SIGN_MS));
    }

    /** Records the active time up to a save of the open segment, if the save made a new revision. */
    void saved(SegmentSnapshot saved, long expectedVersion) {
        if (saved.id() != segmentId || saved.version() == expectedVersion) {
            return;
        }
        time.activity(clock.instant());
        Duration active = time.take();
        if (active.toMillis() < 1) {
            return;
        }
        try {
            service.record(segmentId, active.compareTo(EditingTimeService.MAX_PER_SAVE) > 0 ? EditingTimeService.MAX_PER_SAVE : active);
        } catch (RuntimeException failed) {
            // A measurement must never cost the user their save, which has already happened.
            log.warn("Editing time of segment {} not recorded", segmentId, failed);
        }
    }
}
