package app.redline.checks;

import app.redline.base.Sha256;
import java.util.TreeSet;

/** What a stored check result was computed for, apart from the glossary: the texts, the language, the settings. */
final class CheckKey {

    private CheckKey() {}

    static String of(String readout, String source, String cleanText, String language, CheckSettings settings) {
        // Each part is length-prefixed, so no two different inputs can hash the same concatenation.
        var parts = new StringBuilder();
        for (String part : new String[] {readout, source, cleanText, language, String.join(",", new TreeSet<>(settings.disabled()))}) {
            String value = part == null ? "\u0000" : part;
            parts.append(value.length()).append(':').append(value);
        }
        return Sha256.hex(parts.toString());
    }
}
