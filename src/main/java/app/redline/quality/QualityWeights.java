package app.redline.quality;

import app.redline.base.UserMessageException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A project's penalty points per error severity and its pass threshold in penalty points per 1,000 evaluated
 * words. Built only with sensible values: the constructor refuses the rest with a sentence saying why.
 */
public record QualityWeights(int minor, int major, int critical, BigDecimal threshold) {

    public static final int MAX_WEIGHT = 1000;
    public static final BigDecimal MAX_THRESHOLD = BigDecimal.valueOf(1000);

    /**
     * MQM's usual 1 / 5 / 25. The threshold of 10 points per 1,000 words is the common MQM scorecard pass mark of
     * 99 out of 100 (at most 1 penalty point per 100 words): ten minor errors or two major ones per 1,000 words
     * pass, and one critical error fails any document under 2,500 evaluated words.
     */
    public static final QualityWeights DEFAULT = new QualityWeights(1, 5, 25, BigDecimal.TEN);

    public QualityWeights {
        check(minor, "minor", 0);
        check(major, "major", 0);
        check(critical, "critical", 1);
        if (minor > major || major > critical) {
            throw UserMessageException.invalid("Weights must not fall with severity: minor (" + minor + ") ≤ major ("
                    + major + ") ≤ critical (" + critical + ").");
        }
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(MAX_THRESHOLD) > 0) {
            throw UserMessageException.invalid("The pass threshold is between 0 and " + MAX_THRESHOLD
                    + " penalty points per 1,000 words; " + threshold + " is not.");
        }
        if (threshold.stripTrailingZeros().scale() > 2) {
            throw UserMessageException.invalid("The pass threshold has at most two decimals; " + threshold + " has more.");
        }
        threshold = threshold.setScale(2, RoundingMode.UNNECESSARY);
    }

    public int weight(ErrorSeverity severity) {
        return switch (severity) {
            case MINOR -> minor;
            case MAJOR -> major;
            case CRITICAL -> critical;
        };
    }

    private static void check(int weight, String severity, int least) {
        if (weight < least || weight > MAX_WEIGHT) {
            throw UserMessageException.invalid("The " + severity + " weight is between " + least + " and " + MAX_WEIGHT
                    + " penalty points; " + weight + " is not.");
        }
    }
}
