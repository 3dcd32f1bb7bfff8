package app.redline.checks.qa;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** A calendar date as written; year and day may be absent ("February 8", "June 2022"). */
record DateParts(Integer year, int month, Integer day, Style style) {

    enum Style { ISO, CHINESE, MONTH_FIRST, DAY_FIRST }

    /** Whether {@code other} states the same date; a year we state must be there too, here or elsewhere. */
    boolean isStatedBy(DateParts other, boolean otherTextHasOurYear) {
        if (month != other.month || (day != null && !day.equals(other.day))) {
            return false;
        }
        if (year == null) {
            return true;
        }
        return other.year == null ? otherTextHasOurYear : year.equals(other.year);
    }

    /** This date written the way {@code like} is written, so a replacement fits the sentence. */
    String formatLike(DateParts like) {
        return switch (like.style) {
            case ISO -> year != null && day != null ? "%04d-%02d-%02d".formatted(year, month, day) : monthFirst();
            case CHINESE -> (year == null ? "" : year + "年") + month + "月" + (day == null ? "" : day + "日");
            case MONTH_FIRST -> monthFirst();
            case DAY_FIRST -> (day == null ? "" : day + " ") + monthName() + (year == null ? "" : " " + year);
        };
    }

    private String monthFirst() {
        String withDay = day == null ? monthName() : monthName() + " " + day;
        if (year == null) {
            return withDay;
        }
        return withDay + (day == null ? " " : ", ") + year;
    }

    private String monthName() {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
