package app.redline.checks.qa;

import java.util.ArrayList;
import java.util.List;

/** Finds the straight double quote without a partner; straight quotes do not nest, so each one opens or closes. */
final class StraightQuotes {

    private StraightQuotes() {}

    static List<Integer> unmatched(String text) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            quotes.add(i);
        }
        if (quotes.size() % 2 == 0) {
            return List.of();
        }
        List<Integer> unmatched = new ArrayList<>();
        int open = -1;
        for (int at : quotes) {
            if (open < 0) {
                if (looksClosing(text, at) && !looksOpening(text, at)) {
                    unmatched.add(at); // closes nothing
                } else {
                    open = at;
                }
            } else if (looksOpening(text, at) && !looksClosing(text, at)) {
                unmatched.add(open); // a new quotation starts before the last one ended
                open = at;
            } else {
                open = -1;
            }
        }
        if (open >= 0) {
            unmatched.add(open);
        }
        // The layout clues can mislead; an odd count still means one quote is left over.
        return unmatched.isEmpty() ? List.of(quotes.getLast()) : unmatched;
    }

    private static boolean looksOpening(String text, int at) {
        boolean spaceOrStartBefore = at == 0 || Character.isWhitespace(text.charAt(at - 1))
                || "([{“‘".indexOf(text.charAt(at - 1)) >= 0;
        return spaceOrStartBefore && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
    }

    private static boolean looksClosing(String text, int at) {
        boolean wordBefore = at > 0 && !Character.isWhitespace(text.charAt(at - 1));
        boolean endAfter = at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1))
                || ".,;:!?)]}".indexOf(text.charAt(at + 1)) >= 0;
        return wordBefore && endAfter;
    }
}
