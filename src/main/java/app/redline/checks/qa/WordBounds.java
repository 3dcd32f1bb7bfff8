package app.redline.checks.qa;

/** Finds the word on either side of a glue point, so an issue shows "way.We" rather than just ".". */
final class WordBounds {

    private static final String CLOSERS = ")]”’\"";
    private static final String OPENERS = "“‘\"(";

    private WordBounds() {}

    /** Start of the word ending at {@code end}, including closing quotes and a decimal number like "6.3". */
    static int startOfWordBefore(String text, int end) {
        int i = end;
        while (i > 0 && CLOSERS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        int closersStart = i;
        while (i > 0) {
            char c = text.charAt(i - 1);
            boolean decimalPoint = (c == '.' || c == ',') && i >= 2 && Character.isDigit(text.charAt(i - 2))
                    && i < text.length() && Character.isDigit(text.charAt(i));
            if (!Character.isLetterOrDigit(c) && !decimalPoint) {
                break;
            }
            i--;
        }
        return i == closersStart ? end : i; // no word at all: nothing glued
    }

    /** End of the word starting at {@code start}, including an opening quote or bracket. */
    static int endOfWordAfter(String text, int start) {
        int i = start;
        if (i < text.length() && OPENERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
