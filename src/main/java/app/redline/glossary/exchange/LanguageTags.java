package app.redline.glossary.exchange;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** BCP 47 casing for the language codes files carry: "EN-us" and "en_US" both become "en-US". */
final class LanguageTags {

    // An ISO 639 language (two or three letters), then subtags: rejects "english", "null" and "en US".
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private LanguageTags() {}

    /** The normalised tag, or empty when the value is not shaped like a language tag at all. */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String tag = raw.strip();
        if (!SHAPE.matcher(tag).matches()) {
            return Optional.empty();
        }
        String[] parts = tag.split("[-_]");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        boolean privateUse = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            out.append('-');
            // After an extension or private-use singleton, subtags are not scripts or regions.
            privateUse |= parts[i - 1].length() == 1;
            if (!privateUse && part.length() == 4 && Character.isLetter(part.charAt(0))) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            } else if (!privateUse && part.length() == 2) {
                out.append(part.toUpperCase(Locale.ROOT));
            } else {
                out.append(part.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.of(out.toString());
    }
}
