package app.redline.glossary.exchange;

/** XML 1.0 cannot carry most control characters, even escaped; they are dropped so the export stays readable. */
final class XmlText {

    private XmlText() {}

    static String safe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text.charAt(i))) {
                return strip(text);
            }
        }
        return text;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // Surrogates are allowed here; the writer encodes pairs, and a lone surrogate cannot come from valid input.
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
