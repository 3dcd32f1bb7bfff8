package app.redline.glossary;

/** How checks find a term in text: whole words, any inflected form, or anywhere (Chinese, Japanese). */
public enum MatchMode {
    WHOLE_WORD("Whole word"),
    INFLECTED("Inflected forms"),
    SUBSTRING("Substring");

    private final String label;

    MatchMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Space-less scripts have no word boundaries to match on. */
    public static MatchMode defaultFor(String language) {
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        return lang.startsWith("zh") || lang.startsWith("ja") ? SUBSTRING : WHOLE_WORD;
    }
}
