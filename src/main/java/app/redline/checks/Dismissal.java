package app.redline.checks;

import java.time.Instant;

/** A finding dismissed as a false positive, with who, when and why. */
public record Dismissal(long id, long segmentId, String checkId, String ruleId, String spanText, String message,
                        String reason, String dismissedBy, Instant dismissedAt) {}
