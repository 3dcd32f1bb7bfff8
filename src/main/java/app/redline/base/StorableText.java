package app.redline.base;

import java.util.Locale;

/**
 * Text PostgreSQL stores exactly as it was sent. PostgreSQL refuses U+0000 (the statement fails), and the JDBC
 * driver turns an unpaired UTF-16 surrogate into '?', so the stored text would differ from what the client saw
 * accepted. Every way text comes in (REST, imported files, the services the screens call) refuses both.
 */
public final class StorableText {

    private StorableText() {}

    /** What keeps the text from being stored exactly, e.g. "contains a NUL character (at character 4)"; null if nothing. */
    public static String problem(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (at character " + (i + 1) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format(Locale.ROOT, "contains a broken character (unpaired surrogate U+%04X at character %d)",
                        (int) c, i + 1);
            }
        }
        return null;
    }

    public static boolean isStorable(CharSequence text) {
        return problem(text) == null;
    }

    /**
     * The text itself when it can be stored exactly; otherwise an {@link UnstorableTextException} whose message starts
     * with {@code what}, e.g. "The comment", and says what is wrong.
     */
    public static String require(String what, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new UnstorableTextException(what + " " + problem + ". Remove that character and try again.");
        }
        return text;
    }
}
