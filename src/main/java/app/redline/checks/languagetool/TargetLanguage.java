package app.redline.checks.languagetool;

import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The LanguageTool language for a project's target tag. A tag this build has no LanguageTool data for is checked as
 * US English; the remote engine sends the tag resolved the same way, so both engines check in the same language.
 */
final class TargetLanguage {

    static final String DEFAULT = "en-US";

    private TargetLanguage() {}

    static Language of(String tag) {
        return Languages.getLanguageForShortCode(tag(tag));
    }

    /** The tag itself when LanguageTool knows it, else {@link #DEFAULT}. */
    static String tag(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        try {
            Languages.getLanguageForShortCode(tag);
            return tag;
        } catch (IllegalArgumentException unknown) {
            return DEFAULT;
        }
    }
}
