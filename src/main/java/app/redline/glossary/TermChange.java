package app.redline.glossary;

import java.time.Instant;

/** One recorded change; {@code termId} is null for a change of the concept's own fields. Values are JSON. */
public record TermChange(long conceptId, Long termId, String action, String changedBy, Instant changedAt,
                         String before, String after) {}
