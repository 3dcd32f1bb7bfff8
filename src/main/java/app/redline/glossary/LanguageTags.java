package app.redline.glossary;

import java.util.Locale;

/** Language tags as glossaries compare them: "en" matches "en-US", case and underscores do not matter. */
final class LanguageTags {

    private LanguageTags() {}

    static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
    }

    static String primary(String tag) {
        String normalised = normalise(tag);
        int dash = normalised.indexOf('-');
        return dash < 0 ? normalised : normalised.substring(0, dash);
    }

    static boolean sameLanguage(String a, String b) {
        return primary(a).equalsIgnoreCase(primary(b));
    }
}
