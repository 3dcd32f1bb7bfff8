package app.redline.editor.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * Active editing time from signs of activity (focus, typing, saving): the time between two signs counts unless
 * the gap is longer than {@link #IDLE} — then the editor was away, and none of it counts. A pause (leaving the
 * field) counts up to itself and stops the clock until the next sign.
 */
final class ActiveTime {

    static final Duration IDLE = Duration.ofSeconds(60);

    private Instant last;
    private long millis;

    void activity(Instant now) {
        if (last != null) {
            long gap = Duration.between(last, now).toMillis();
            if (gap > 0 && gap <= IDLE.toMillis()) {
                millis += gap;
            }
        }
        last = now;
    }

    void pause(Instant now) {
        activity(now);
        last = null;
    }

    /** The active time since the last take, and starts counting afresh. */
    Duration take() {
        Duration taken = Duration.ofMillis(millis);
        millis = 0;
        return taken;
    }
}
