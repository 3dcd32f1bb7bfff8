package app.redline.checks.glossary;

import app.redline.checks.TermHit;

/** How a found term should be cased, and where a capital is only the start of a sentence. */
final class TermCasing {

    private TermCasing() {}

    /**
     * The matched text cased as the glossary writes the term. Past the letters the two share, as in an inflected
     * form ("special teams" for "special team"), the text is left as found.
     */
    static String expected(String termText, String matched) {
        StringBuilder expected = new StringBuilder(matched.length());
        int shared = 0;
        int length = Math.min(termText.length(), matched.length());
        while (shared < length && sameIgnoringCase(termText.charAt(shared), matched.charAt(shared))) {
            char model = termText.charAt(shared);
            char found = matched.charAt(shared);
            expected.append(Character.isUpperCase(model) ? Character.toUpperCase(found)
                    : Character.isLowerCase(model) ? Character.toLowerCase(found) : found);
            shared++;
        }
        return expected.append(matched, shared, matched.length()).toString();
    }

    /** Whether the hit is cased as its term, a capital at the start of a sentence allowed ("Dual carbon goals"). */
    static boolean casedAsTerm(TermHit hit, String text) {
        String expected = expected(hit.term().text(), hit.matched());
        if (expected.equals(hit.matched())) {
            return true;
        }
        return atSentenceStart(text, hit.start())
                && Character.isLowerCase(expected.charAt(0))
                && hit.matched().charAt(0) == Character.toUpperCase(expected.charAt(0))
                && hit.matched().substring(1).equals(expected.substring(1));
    }

    /** Only punctuation that ends a sentence, opening quotes or brackets lie between the start of text and index. */
    static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(「『[《".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?。！？".indexOf(text.charAt(i)) >= 0;
    }

    /** A replacement for a sentence-initial match starts with a capital too. */
    static String forPosition(String replacement, String text, int start) {
        if (replacement.isEmpty() || start >= text.length() || !atSentenceStart(text, start)
                || !Character.isUpperCase(text.charAt(start))) {
            return replacement;
        }
        return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return Character.toLowerCase(plain(a)) == Character.toLowerCase(plain(b));
    }

    private static char plain(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c;
    }
}
