package app.redline.base;

/**
 * Text made safe for XML 1.0: a writer escapes markup but cannot write control characters or lone surrogates,
 * which an imported readout or glossary may still carry. Exports either mark where such a character was
 * ({@link #clean}: U+FFFD) or leave it out ({@link #withoutInvalid}); either way the file always parses.
 */
public final class XmlChars {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {}

    /** Each character XML cannot carry becomes U+FFFD. */
    public static String clean(String text) {
        return rewrite(text, true);
    }

    /** Characters XML cannot carry are left out. */
    public static String withoutInvalid(String text) {
        return rewrite(text, false);
    }

    private static String rewrite(String text, boolean mark) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || !allowed(c)) {
                if (mark) {
                    out.append(REPLACEMENT);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production for the basic multilingual plane. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
