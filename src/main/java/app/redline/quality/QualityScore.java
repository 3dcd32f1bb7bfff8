package app.redline.quality;

import java.math.BigDecimal;

/**
 * Penalty points normalised per 1,000 evaluated words and judged against the threshold: a score at or below it
 * passes. Nothing evaluated (no words) is neither pass nor fail.
 */
public record QualityScore(long penaltyPoints, long evaluatedWords, BigDecimal threshold) {

    /** Penalty points per 1,000 evaluated words; null when no word was evaluated. */
    public Double perThousandWords() {
        return evaluatedWords == 0 ? null : penaltyPoints * 1000.0 / evaluatedWords;
    }

    public QualityVerdict verdict() {
        if (evaluatedWords == 0) {
            return penaltyPoints == 0 ? QualityVerdict.NOT_EVALUATED : QualityVerdict.FAIL;
        }
        // Compared exactly: points × 1000 ≤ threshold × words, no rounding decides a borderline document.
        BigDecimal points = BigDecimal.valueOf(penaltyPoints).multiply(BigDecimal.valueOf(1000));
        return points.compareTo(threshold.multiply(BigDecimal.valueOf(evaluatedWords))) <= 0
                ? QualityVerdict.PASS : QualityVerdict.FAIL;
    }
}
