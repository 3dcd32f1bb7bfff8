package app.redline.quality;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and punctuation marks of a text by the Unicode word-boundary rules of {@link BreakIterator} for the target
 * language (so "all-round", "Jinping's" and "3.5" are one word each). One instance per thread: BreakIterator is not
 * thread-safe.
 */
final class WordTokens {

    private final BreakIterator boundaries;

    WordTokens(String languageTag) {
        this.boundaries = BreakIterator.getWordInstance(Locale.forLanguageTag(languageTag));
    }

    /** Words and punctuation marks, spaces left out. */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            if (!Character.isWhitespace(text.codePointAt(start))) {
                splitGlued(text.substring(start, end), tokens);
            }
        }
        return tokens;
    }

    /** Tokens that hold a letter or a digit: the words MQM normalises by. */
    static int words(List<String> tokens) {
        int words = 0;
        for (String token : tokens) {
            if (hasLetterOrDigit(token)) {
                words++;
            }
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); ) {
            int codePoint = token.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    int words(String text) {
        return words(tokens(text));
    }

    /**
     * Machine translation glues sentences ("way.We"), which the word rules keep as one word (the rule that keeps
     * "e.g" whole). Split at a full stop after two letters and before a capital, so that a post-editor's inserted
     * space is no word edit and the words count as two.
     */
    private static void splitGlued(String token, List<String> tokens) {
        int from = 0;
        for (int dot = token.indexOf('.'); dot > 0 && dot < token.length() - 1; dot = token.indexOf('.', dot + 1)) {
            if (dot - from >= 2 && Character.isLetter(token.charAt(dot - 1)) && Character.isLetter(token.charAt(dot - 2))
                    && Character.isUpperCase(token.charAt(dot + 1))) {
                tokens.add(token.substring(from, dot));
                tokens.add(".");
                from = dot + 1;
            }
        }
        tokens.add(token.substring(from));
    }
}
