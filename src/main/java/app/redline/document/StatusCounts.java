package app.redline.document;

import java.time.Instant;
import java.util.Map;

/**
 * A document's translatable segments counted by status, and when any of its segments (do-not-translate ones
 * included) last changed; null when none ever did.
 */
public record StatusCounts(long documentId, Map<SegmentStatus, Integer> translatable, Instant lastChange) {

    public StatusCounts {
        translatable = Map.copyOf(translatable);
    }
}
