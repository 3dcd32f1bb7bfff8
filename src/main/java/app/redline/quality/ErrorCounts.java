package app.redline.quality;

import java.util.EnumMap;
import java.util.Map;

/** Counted errors by category × severity. */
public final class ErrorCounts {

    private final Map<ErrorCategory, Map<ErrorSeverity, Integer>> counts = new EnumMap<>(ErrorCategory.class);

    void add(ErrorCategory category, ErrorSeverity severity, int count) {
        counts.computeIfAbsent(category, key -> new EnumMap<>(ErrorSeverity.class)).merge(severity, count, Integer::sum);
    }

    public int count(ErrorCategory category, ErrorSeverity severity) {
        return counts.getOrDefault(category, Map.of()).getOrDefault(severity, 0);
    }

    public int total(ErrorSeverity severity) {
        return counts.values().stream().mapToInt(bySeverity -> bySeverity.getOrDefault(severity, 0)).sum();
    }

    public int total(ErrorCategory category) {
        return counts.getOrDefault(category, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return counts.values().stream().flatMap(bySeverity -> bySeverity.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** Penalty points under the given weights. */
    public long penaltyPoints(QualityWeights weights) {
        long points = 0;
        for (ErrorSeverity severity : ErrorSeverity.values()) {
            points += (long) total(severity) * weights.weight(severity);
        }
        return points;
    }

    /** Every category with every severity, zeros included: a table's rows. */
    public Map<ErrorCategory, Map<ErrorSeverity, Integer>> asMap() {
        var table = new EnumMap<ErrorCategory, Map<ErrorSeverity, Integer>>(ErrorCategory.class);
        for (ErrorCategory category : ErrorCategory.values()) {
            var row = new EnumMap<ErrorSeverity, Integer>(ErrorSeverity.class);
            for (ErrorSeverity severity : ErrorSeverity.values()) {
                row.put(severity, count(category, severity));
            }
            table.put(category, row);
        }
        return table;
    }
}
