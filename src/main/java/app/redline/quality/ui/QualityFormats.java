package app.redline.quality.ui;

import java.util.Locale;

/** How the quality screens write scores, rates and durations. */
final class QualityFormats {

    private QualityFormats() {}

    static String perThousand(Double score) {
        return score == null ? "—" : String.format(Locale.ROOT, "%.1f", score);
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    /** "1 h 02 min", "4 min 05 s", "43 s". */
    static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return seconds + " s";
    }
}
