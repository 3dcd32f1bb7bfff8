package app.redline.glossary;

/** A term as services take and give it; {@code id} is null for a term not saved yet. */
public record TermData(
        Long id,
        String language,
        String text,
        TermStatus status,
        boolean caseSensitive,
        MatchMode matchMode,
        String partOfSpeech,
        String note,
        String authority) {

    public static TermData of(String language, String text, TermStatus status) {
        return new TermData(null, language, text, status, false, MatchMode.defaultFor(language), null, null, null);
    }

    /** The same term with the fields a user may leave empty normalised (trimmed, blank as null). */
    TermData normalised() {
        return new TermData(id, LanguageTags.normalise(language), text == null ? "" : text.strip(),
                status == null ? TermStatus.ADMITTED : status, caseSensitive,
                matchMode == null ? MatchMode.defaultFor(language) : matchMode,
                blankToNull(partOfSpeech), blankToNull(note), blankToNull(authority));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
