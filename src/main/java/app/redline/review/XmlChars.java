package app.redline.review;

/**
 * Text made safe for XML 1.0: a writer escapes markup but cannot write control characters or lone surrogates,
 * which an imported readout may still carry. They become U+FFFD, so the file always parses.
 */
final class XmlChars {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {}

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || !allowed(c)) {
                out.append(REPLACEMENT);
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
