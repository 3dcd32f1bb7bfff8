package app.redline.checks;

import java.util.Map;

/**
 * The word codes as an open-addressing table that looks a word up straight from the text, lower-casing and
 * normalising as it compares: no substring, no lower-cased copy, no boxing for each word of each segment.
 */
final class WordTable {

    /** A word in no term: codes start at 1, so no key holds it and the matcher falls back to its start. */
    static final char UNKNOWN = '\u0000';

    private final String[] words;
    private final char[] codes;
    private final int mask;

    WordTable(Map<String, Character> codesByWord) {
        int size = Integer.highestOneBit(Math.max(16, codesByWord.size() * 3)) << 1;
        words = new String[size];
        codes = new char[size];
        mask = size - 1;
        codesByWord.forEach((word, code) -> {
            int slot = hash(word, 0, word.length()) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            codes[slot] = code;
        });
    }

    /** The code of the word at {@code [start, end)} of the text, compared lower-cased and normalised. */
    char code(String text, int start, int end) {
        for (int slot = hash(text, start, end) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (matches(words[slot], text, start, end)) {
                return codes[slot];
            }
        }
        return UNKNOWN;
    }

    private static boolean matches(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word.charAt(i - start) != fold(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + fold(text.charAt(i));
        }
        return hash ^ (hash >>> 16);
    }

    /** Lower case as {@link MatchText#key} makes it, with a fast path for ASCII. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(MatchText.normalise(c));
    }
}
