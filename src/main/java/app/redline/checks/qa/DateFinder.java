package app.redline.checks.qa;

import app.redline.checks.qa.DateParts.Style;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written as "2023-02-09", "2023年2月9日", "February 9, 2023", "9 February 2023" or "the 9th of February". */
final class DateFinder {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    private static final Set<String> BARE_MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE =
            Pattern.compile("(?=\\d)(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?");
    // "1-5月" is January to May; the "1" is a month, not a number to carry over.
    private static final Pattern CHINESE_MONTH_RANGE =
            Pattern.compile("(?<!\\d)(\\d{1,2})(?=\\s*[-–—~～至到]\\s*\\d{1,2}\\s*月)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})" + ORDINAL_SUFFIX
            + "\\s+(?:of\\s+)?" + MONTHS + "(?:,?\\s+(\\d{4})(?!\\d))?");
    // The leading look-ahead lets most positions fail on one character instead of trying every month.
    private static final Pattern MONTH_FIRST = Pattern.compile("(?=[JFMASOND])\\b" + MONTHS
            + "(?:\\s+(\\d{1,2})" + ORDINAL_SUFFIX + "(?![\\d\\p{L}]))?(?:,?\\s+(\\d{4})(?!\\d))?");

    private DateFinder() {}

    /** Adds the dates found in {@code text} to {@code out} and marks their characters in {@code taken}. */
    static void find(String text, BitSet taken, List<NumberMention> out) {
        collect(ISO.matcher(text), Style.ISO, taken, out);
        collect(CHINESE.matcher(text), Style.CHINESE, taken, out);
        collect(CHINESE_MONTH_RANGE.matcher(text), Style.CHINESE, taken, out);
        collect(DAY_FIRST.matcher(text), Style.DAY_FIRST, taken, out);
        collect(MONTH_FIRST.matcher(text), Style.MONTH_FIRST, taken, out);
    }

    private static void collect(Matcher m, Style style, BitSet taken, List<NumberMention> out) {
        while (m.find()) {
            if (isTaken(taken, m.start(), m.end())) {
                continue;
            }
            DateParts date = toDate(m, style);
            if (date == null) {
                continue;
            }
            taken.set(m.start(), m.end());
            out.add(NumberMention.date(m.start(), m.end(), m.group(), date));
        }
    }

    private static DateParts toDate(Matcher m, Style style) {
        Integer year;
        Integer month;
        Integer day;
        switch (style) {
            case ISO -> { year = toInt(m.group(1)); month = toInt(m.group(3)); day = toInt(m.group(4)); }
            case CHINESE -> {
                boolean rangeStart = m.pattern() == CHINESE_MONTH_RANGE;
                year = rangeStart ? null : toInt(m.group(1));
                month = toInt(m.group(rangeStart ? 1 : 2));
                day = rangeStart ? null : toInt(m.group(3));
            }
            case DAY_FIRST -> { day = toInt(m.group(1)); month = monthNumber(m.group(2)); year = toInt(m.group(3)); }
            default -> {
                month = monthNumber(m.group(1));
                day = toInt(m.group(2));
                year = toInt(m.group(3));
                // A bare "May" or "Jan" is more likely a verb or a name than a month.
                boolean bare = day == null && year == null;
                if (bare && !BARE_MONTHS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
        }
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) {
            return null;
        }
        return new DateParts(year, month, day, style);
    }

    private static int monthNumber(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static Integer toInt(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    static boolean isTaken(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next != -1 && next < end;
    }
}
