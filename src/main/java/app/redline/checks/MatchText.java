package app.redline.checks;

/**
 * Text as the tries see it. MT readouts write ’ where glossaries write ', and spaces come in several kinds; each
 * is mapped one char for one char, so offsets into the normalised text are offsets into the original.
 */
final class MatchText {

    private MatchText() {}

    static String normalise(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = normalise(c);
            if (plain != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = plain;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static char normalise(char c) {
        if (c > ' ' && c < 0x7F) {
            return c;
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032' -> '\'';
            case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> ' ';
            // Noncharacters, never in a term; the double-array trie's tables end just below them.
            case '\uFFFE', '\uFFFF' -> '\uFFFD';
            default -> c;
        };
    }

    /** A term as a trie key: normalised, single-spaced and lower-cased char by char, as the trie lower-cases text. */
    static String key(String term) {
        String normalised = normalise(term).strip();
        StringBuilder key = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }

    static boolean sameIgnoringCase(char a, char b) {
        return Character.toLowerCase(normalise(a)) == Character.toLowerCase(normalise(b));
    }
}
