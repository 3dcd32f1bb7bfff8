package app.redline.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/** What a stored check result was computed for, apart from the glossary: the texts, the language, the settings. */
final class CheckKey {

    private CheckKey() {}

    static String of(String readout, String source, String cleanText, String language, CheckSettings settings) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            // Each part is length-prefixed, so no two different inputs can hash the same concatenation.
            for (String part : new String[] {readout, source, cleanText, language, String.join(",", new TreeSet<>(settings.disabled()))}) {
                String value = part == null ? "\u0000" : part;
                digest.update((value.length() + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
