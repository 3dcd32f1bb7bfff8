package app.redline.base;

import java.time.Instant;

/**
 * Where a newest-first read of a trail stopped: the next read returns entries strictly older than {@code at}, or
 * as old with a smaller {@code id}. Every trail table has an index on (document, time, id) that reads on from here.
 */
public record TrailCursor(Instant at, long id) {

    /** Before everything: a read from this cursor starts at the newest entry. */
    public static final TrailCursor NEWEST = new TrailCursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);
}
