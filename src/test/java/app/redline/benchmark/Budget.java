package app.redline.benchmark;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One figure of the benchmark beside what it may be: less than a limit, at least a limit, or (with a baseline) at
 * least so many times faster than the baseline's time for the same work. A figure without a limit is for reference.
 */
record Budget(String name, double measured, String unit, Comparison comparison, double limit, OptionalDouble baseline) {

    enum Comparison { LESS_THAN, AT_LEAST, FOR_REFERENCE }

    static Budget lessThan(String name, double measured, double limit, String unit) {
        return new Budget(name, measured, unit, Comparison.LESS_THAN, limit, OptionalDouble.empty());
    }

    static Budget atLeast(String name, double measured, double limit, String unit) {
        return new Budget(name, measured, unit, Comparison.AT_LEAST, limit, OptionalDouble.empty());
    }

    static Budget forReference(String name, double measured, String unit) {
        return new Budget(name, measured, unit, Comparison.FOR_REFERENCE, Double.NaN, OptionalDouble.empty());
    }

    /** The measured time beside the baseline's time for the same work; the budget is on the ratio of the two. */
    static Budget timesFaster(String name, double measured, double baseline, double atLeast, String unit) {
        return new Budget(name, measured, unit, Comparison.AT_LEAST, atLeast, OptionalDouble.of(baseline));
    }

    /** What the limit is compared with: the measured figure, or how many times faster than the baseline it is. */
    double compared() {
        return baseline.isPresent() ? baseline.getAsDouble() / measured : measured;
    }

    boolean met() {
        return switch (comparison) {
            case LESS_THAN -> compared() < limit;
            case AT_LEAST -> compared() >= limit;
            case FOR_REFERENCE -> true;
        };
    }

    String result() {
        String figure = String.format(Locale.ROOT, "%.1f %s", measured, unit);
        return baseline.isEmpty() ? figure : figure + String.format(Locale.ROOT, ", %.1fx faster than %.1f %s",
                compared(), baseline.getAsDouble(), unit);
    }

    String budget() {
        return switch (comparison) {
            case LESS_THAN -> "< " + format(limit) + " " + unit;
            case AT_LEAST -> baseline.isPresent() ? ">= " + format(limit) + "x faster" : ">= " + format(limit) + " " + unit;
            case FOR_REFERENCE -> "(for reference)";
        };
    }

    String verdict() {
        return comparison == Comparison.FOR_REFERENCE ? "" : met() ? "within budget" : "MISSED";
    }

    /** A limit as it was written: whole numbers as they are (5000, 50), others with one decimal (12.5). */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
