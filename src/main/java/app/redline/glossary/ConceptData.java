package app.redline.glossary;

import java.time.Instant;
import java.util.List;

/**
 * A concept with its terms. To create one, pass {@code id} null; to change one, pass the {@code version}
 * it was read at, so that a concurrent change is refused rather than overwritten.
 */
public record ConceptData(
        Long id,
        long glossaryId,
        String subjectField,
        String definition,
        String note,
        List<TermData> terms,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static ConceptData draft(long glossaryId, String subjectField, List<TermData> terms) {
        return new ConceptData(null, glossaryId, subjectField, null, null, terms, null, null, 0);
    }

    public List<TermData> termsIn(String language) {
        return terms.stream().filter(term -> LanguageTags.sameLanguage(term.language(), language)).toList();
    }
}
