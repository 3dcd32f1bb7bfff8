package app.redline.glossary.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Refuses to export what could not be imported again: shared ids would merge concepts, terms need text and language. */
final class ExportPreconditions {

    private ExportPreconditions() {}

    /** Returns the concept ids in use. */
    static Set<String> check(List<ConceptEntry> concepts) {
        Set<String> ids = new HashSet<>();
        for (ConceptEntry concept : concepts) {
            String id = TermValues.blankToNull(concept.externalId());
            if (id != null && !ids.add(id)) {
                throw new IllegalArgumentException("Two concepts share the external id \"" + id
                        + "\"; an exported file could not tell them apart");
            }
            for (TermEntry term : concept.terms()) {
                if (TermValues.blankToNull(term.text()) == null || TermValues.blankToNull(term.language()) == null) {
                    throw new IllegalArgumentException("A term of concept " + (id == null ? "without id" : "\"" + id + "\"")
                            + " has no text or no language: " + term);
                }
            }
        }
        return ids;
    }
}
