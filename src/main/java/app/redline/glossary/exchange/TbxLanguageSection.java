package app.redline.glossary.exchange;

/** A langSet / langSec: its language (null when missing or invalid) and a source that covers all its terms. */
final class TbxLanguageSection {

    private final String language;
    String authority;

    TbxLanguageSection(String language) {
        this.language = language;
    }

    String language() {
        return language;
    }
}
