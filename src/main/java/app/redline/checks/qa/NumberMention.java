package app.redline.checks.qa;

import java.math.BigDecimal;

/**
 * A number found in a text, with its span. Dates carry {@code date} instead of {@code value}.
 * Insignificant mentions ("one", "first", a bare month name) are used for matching only, never reported,
 * because translators rephrase them freely ("one of" → "among").
 */
record NumberMention(int start, int end, String text, Shape shape, BigDecimal value, DateParts date,
                     boolean significant) {

    enum Shape { CARDINAL, ORDINAL, PERCENT, DATE }

    static NumberMention number(int start, int end, String text, Shape shape, BigDecimal value, boolean significant) {
        return new NumberMention(start, end, text, shape, value.stripTrailingZeros(), null, significant);
    }

    static NumberMention date(int start, int end, String text, DateParts date) {
        boolean significant = date.day() != null || date.year() != null;
        return new NumberMention(start, end, text, Shape.DATE, null, date, significant);
    }

    boolean hasDigit() {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Same number regardless of how it is written: "10 million" and "ten million" share a key. */
    String key() {
        return date != null ? date.toString() : value.toPlainString();
    }
}
