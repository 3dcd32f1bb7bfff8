package app.redline.glossary;

import app.redline.base.StorableText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a concept must meet before it is saved, as sentences a glossary manager can act on:
 * terms present and not empty, in the glossary's languages, no term both approved and forbidden, and no
 * text preferred in two concepts.
 */
@Component
class ConceptValidator {

    static final int MAX_TERM_LENGTH = 500;
    static final int MAX_TERMS = 200;

    /** Where the other concepts' terms come from: the database for one save, memory for a bulk import. */
    interface TermLookup {
        /** Terms of other concepts with this key (see {@link #key}), as (concept id, its label, status). */
        List<ExistingTerm> withKey(String key, Long excludeConceptId);
    }

    record ExistingTerm(long conceptId, String conceptLabel, TermStatus status) {}

    private final ConceptRepository concepts;

    ConceptValidator(ConceptRepository concepts) {
        this.concepts = concepts;
    }

    /** Problems found, empty when the concept may be saved. {@code allowedLanguages} null means any. */
    List<String> problems(ConceptData concept, List<TermData> terms, Set<String> allowedLanguages) {
        return problems(concept, terms, allowedLanguages, databaseLookup(concept.glossaryId()));
    }

    List<String> problems(ConceptData concept, List<TermData> terms, Set<String> allowedLanguages, TermLookup lookup) {
        List<String> problems = new ArrayList<>(unstorable(concept, terms));
        if (!problems.isEmpty()) {
            return problems; // the rules below would quote the broken text back
        }
        if (terms.isEmpty()) {
            problems.add("A concept needs at least one term.");
        }
        if (terms.size() > MAX_TERMS) {
            problems.add("A concept has at most " + MAX_TERMS + " terms.");
        }
        Map<String, TermData> seen = new HashMap<>();
        for (TermData term : terms) {
            String label = "\"" + term.text() + "\" (" + term.language() + ")";
            if (term.text().isEmpty()) {
                problems.add("A term is empty: type its text or remove it.");
                continue;
            }
            if (term.text().length() > MAX_TERM_LENGTH) {
                problems.add("The term " + label.substring(0, 40) + "…\" is longer than " + MAX_TERM_LENGTH + " characters.");
            }
            if (term.language().isEmpty()) {
                problems.add("The term \"" + term.text() + "\" has no language.");
            } else if (allowedLanguages != null && allowedLanguages.stream()
                    .noneMatch(allowed -> LanguageTags.sameLanguage(allowed, term.language()))) {
                problems.add("The term " + label + " is in a language the project does not use " + allowedLanguages + ".");
            }
            TermData twin = seen.putIfAbsent(key(term), term);
            if (twin != null) {
                problems.add(twin.status() == term.status()
                        ? "The term " + label + " appears twice in this concept."
                        : "The term " + label + " is both " + twin.status().label().toLowerCase(Locale.ROOT)
                        + " and " + term.status().label().toLowerCase(Locale.ROOT) + " in this concept.");
            }
            problems.addAll(clashesWithOtherConcepts(concept, term, label, lookup));
        }
        return problems;
    }

    /** Text PostgreSQL could not store exactly (see {@link StorableText}), field by field. */
    private static List<String> unstorable(ConceptData concept, List<TermData> terms) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("The subject field", concept.subjectField());
        fields.put("The definition", concept.definition());
        fields.put("The concept note", concept.note());
        for (int i = 0; i < terms.size(); i++) {
            TermData term = terms.get(i);
            String which = "term " + (i + 1);
            fields.put("The text of " + which, term.text());
            fields.put("The language of " + which, term.language());
            fields.put("The part of speech of " + which, term.partOfSpeech());
            fields.put("The note of " + which, term.note());
            fields.put("The authority of " + which, term.authority());
        }
        fields.forEach((what, text) -> {
            String problem = StorableText.problem(text);
            if (problem != null) {
                problems.add(what + " " + problem + ".");
            }
        });
        return problems;
    }

    private static List<String> clashesWithOtherConcepts(ConceptData concept, TermData term, String label,
                                                         TermLookup lookup) {
        List<String> problems = new ArrayList<>();
        for (ExistingTerm theirs : lookup.withKey(key(term), concept.id())) {
            String where = " in concept " + theirs.conceptId() + " (" + theirs.conceptLabel() + ")";
            if (term.status() == TermStatus.PREFERRED && theirs.status() == TermStatus.PREFERRED) {
                problems.add("The term " + label + " is already preferred" + where + ".");
            } else if (term.status().approved() && theirs.status() == TermStatus.FORBIDDEN
                    || term.status() == TermStatus.FORBIDDEN && theirs.status().approved()) {
                problems.add("The term " + label + " is " + theirs.status().label().toLowerCase(Locale.ROOT)
                        + where + ", so it cannot be " + term.status().label().toLowerCase(Locale.ROOT) + " here.");
            }
        }
        return problems;
    }

    private TermLookup databaseLookup(long glossaryId) {
        return (key, excludeConceptId) -> {
            String text = key.substring(key.indexOf('|') + 1);
            List<ExistingTerm> found = new ArrayList<>();
            for (Concept other : concepts.holdingText(glossaryId, text, excludeConceptId)) {
                for (Term existing : other.terms()) {
                    if (key(existing.data()).equals(key)) {
                        found.add(new ExistingTerm(other.id(), firstTerm(other), existing.data().status()));
                    }
                }
            }
            return found;
        };
    }

    static String firstTerm(Concept concept) {
        return concept.terms().isEmpty() ? "no terms" : concept.terms().getFirst().data().text();
    }

    static String key(TermData term) {
        return LanguageTags.primary(term.language()).toLowerCase(Locale.ROOT) + "|" + term.text().toLowerCase(Locale.ROOT);
    }
}
