package app.redline.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds, for an incoming concept, the existing concept it is about: the same id when the file came from
 * this glossary, else the first concept sharing a term (same language, any case).
 */
final class ConceptMatcher {

    private final Map<Long, ConceptData> byId = new HashMap<>();
    private final Map<String, List<ConceptData>> byTerm = new HashMap<>();

    ConceptMatcher(List<ConceptData> existing) {
        existing.forEach(this::add);
    }

    void add(ConceptData concept) {
        byId.put(concept.id(), concept);
        for (TermData term : concept.terms()) {
            byTerm.computeIfAbsent(ConceptValidator.key(term), key -> new ArrayList<>()).add(concept);
        }
    }

    ConceptData match(String externalId, List<TermData> terms) {
        if (externalId != null && externalId.matches("\\d{1,18}")) {
            ConceptData same = byId.get(Long.parseLong(externalId));
            if (same != null) {
                return same;
            }
        }
        return terms.stream()
                .map(term -> byTerm.getOrDefault(ConceptValidator.key(term), List.of()))
                .filter(found -> !found.isEmpty())
                .map(List::getFirst)
                .findFirst().orElse(null);
    }

    /** Other concepts' terms under a key, for the validator. */
    List<ConceptValidator.ExistingTerm> withKey(String key, Long excludeConceptId) {
        List<ConceptValidator.ExistingTerm> found = new ArrayList<>();
        Set<ConceptData> seen = new LinkedHashSet<>(byTerm.getOrDefault(key, List.of()));
        for (ConceptData concept : seen) {
            if (Objects.equals(concept.id(), excludeConceptId)) {
                continue;
            }
            for (TermData term : concept.terms()) {
                if (ConceptValidator.key(term).equals(key)) {
                    found.add(new ConceptValidator.ExistingTerm(concept.id(), concept.terms().getFirst().text(), term.status()));
                }
            }
        }
        return found;
    }

    /** Human-readable differences between an existing concept and an incoming one; empty when the same. */
    static List<String> differences(ConceptData existing, ConceptData incoming) {
        List<String> differences = new ArrayList<>();
        Map<String, TermData> before = new HashMap<>();
        existing.terms().forEach(term -> before.put(ConceptValidator.key(term), term));
        Set<String> incomingKeys = new LinkedHashSet<>();
        for (TermData term : incoming.terms()) {
            String key = ConceptValidator.key(term);
            incomingKeys.add(key);
            TermData old = before.get(key);
            if (old == null) {
                differences.add("adds " + term.status().label().toLowerCase() + " \"" + term.text() + "\" (" + term.language() + ")");
            } else if (!sameAttributes(old, term)) {
                differences.add("changes \"" + term.text() + "\" (" + term.language() + ")"
                        + (old.status() != term.status() ? ": " + old.status().label() + " → " + term.status().label() : ""));
            }
        }
        for (TermData term : existing.terms()) {
            if (!incomingKeys.contains(ConceptValidator.key(term))) {
                differences.add("lacks \"" + term.text() + "\" (" + term.language() + ")");
            }
        }
        if (!Objects.equals(blank(existing.subjectField()), blank(incoming.subjectField()))
                || !Objects.equals(blank(existing.definition()), blank(incoming.definition()))) {
            differences.add("changes the subject field or definition");
        }
        return differences;
    }

    static boolean sameAttributes(TermData a, TermData b) {
        return a.text().equals(b.text()) && a.status() == b.status() && a.caseSensitive() == b.caseSensitive()
                && a.matchMode() == b.matchMode() && Objects.equals(a.partOfSpeech(), b.partOfSpeech())
                && Objects.equals(a.note(), b.note()) && Objects.equals(a.authority(), b.authority());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
