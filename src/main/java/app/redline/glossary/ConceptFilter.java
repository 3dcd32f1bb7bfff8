package app.redline.glossary;

import java.time.Instant;

/**
 * What the concept grid shows: concepts with a term starting with (or containing) {@code text}, in a
 * language, with a status; a subject field; changed since a moment. Null means "any".
 */
public record ConceptFilter(String text, boolean contains, String language, TermStatus status, String subjectField,
                            Instant changedSince) {

    public static final ConceptFilter ALL = new ConceptFilter(null, false, null, null, null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean constrainsTerms() {
        return hasText() || language != null || status != null;
    }
}
