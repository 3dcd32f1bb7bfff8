package app.redline.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * The timings of one measure, in milliseconds, and the figures the budgets speak of. Percentiles are nearest-rank
 * (the smallest timing with at least p% of the timings at or below it), so every figure is a timing that happened.
 */
final class Sample {

    private final double[] sorted;

    private Sample(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A sample needs at least one timing");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    static Sample of(List<Double> millis) {
        return new Sample(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Sample of(double... millis) {
        return new Sample(millis);
    }

    /** Runs the work {@code runs} times, timing each run. */
    static Sample ofRuns(int runs, Runnable work) {
        double[] timings = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.run();
            timings[run] = millisSince(start);
        }
        return new Sample(timings);
    }

    /** Milliseconds since {@code startNanos}, a reading of {@link System#nanoTime()}. */
    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    double percentile(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is between 0 and 100, not " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    double median() {
        return percentile(50);
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    int size() {
        return sorted.length;
    }
}
