package app.redline.document;

import java.time.Instant;

/** A document with segments a {@link StatusQuery} finds: how many, and the oldest one's last change. */
public record DocumentWaiting(long documentId, String title, int segments, Instant oldestChange) {}
