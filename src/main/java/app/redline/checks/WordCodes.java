package app.redline.checks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every word of the glossary's terms one char as its code, so that the whole-word trie walks a sentence word
 * by word rather than letter by letter (five times fewer steps, and a match can only start and end on a word).
 * Words are runs of letters, digits and marks; any other char but a space is a word of its own, so "Jinping's"
 * reads as jinping ' s. Lower-cased, so matching ignores case. Immutable once built.
 */
final class WordCodes {

    /** A text's {@code count} words as codes, and each word's span {@code [starts[i], ends[i])} in the text. */
    record Encoded(char[] codes, int[] starts, int[] ends, int count) {}

    private final WordTable table;

    private WordCodes(WordTable table) {
        this.table = table;
    }

    /** The words of a text (normalised as they are read); words no term has come out as a code no term has. */
    Encoded encode(String text) {
        int capacity = Math.max(16, text.length() / 4);
        char[] codes = new char[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int end = wordEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (count == codes.length) {
                codes = Arrays.copyOf(codes, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            codes[count] = table.code(text, i, end);
            starts[count] = i;
            ends[count++] = end;
            i = end;
        }
        return new Encoded(codes, starts, ends, count);
    }

    /** Where the word starting at {@code i} ends, or -1 if a space starts there. */
    static int wordEnd(String text, int i) {
        char c = MatchText.normalise(text.charAt(i));
        if (isWordChar(c)) { // most chars: asked first, as the whitespace test is the slower one
            int end = i + 1;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            return end;
        }
        return c == ' ' || Character.isWhitespace(c) ? -1 : i + 1;
    }

    /** Whether the span splits no word, as words are cut here: "CPC" in "CPC2" does. */
    static boolean onWordBoundaries(String text, int start, int end) {
        boolean splitAtStart = start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start));
        boolean splitAtEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
        return !splitAtStart && !splitAtEnd;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String lowerCase(String text, int start, int end, StringBuilder word) {
        word.setLength(0);
        for (int i = start; i < end; i++) {
            word.append(WordTable.fold(text.charAt(i)));
        }
        return word.toString();
    }

    static final class Builder {

        private final Map<String, Character> codes = new HashMap<>();
        private final int capacity;
        private char next = 1;

        /** Room for as many words as there are chars outside surrogates, minus the unknown word's code. */
        Builder() {
            this(0xFFFD - (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
        }

        Builder(int capacity) {
            this.capacity = capacity;
        }

        /** The term's words as codes, or null once the codes have run out (some 63,000 distinct words). */
        String encode(String normalisedTerm) {
            StringBuilder encoded = new StringBuilder();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < normalisedTerm.length(); ) {
                int end = wordEnd(normalisedTerm, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                Character code = codeFor(lowerCase(normalisedTerm, i, end, word));
                if (code == null) {
                    return null;
                }
                encoded.append(code.charValue());
                i = end;
            }
            return encoded.toString();
        }

        private Character codeFor(String word) {
            Character code = codes.get(word);
            if (code == null && codes.size() < capacity) {
                code = next;
                codes.put(word, code);
                next = (char) (next == Character.MIN_SURROGATE - 1 ? Character.MAX_SURROGATE + 1 : next + 1);
            }
            return code;
        }

        WordCodes build() {
            return new WordCodes(new WordTable(codes));
        }
    }
}
