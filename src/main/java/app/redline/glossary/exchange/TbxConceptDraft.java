package app.redline.glossary.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A termEntry / conceptEntry while its langSets are still being read. */
final class TbxConceptDraft {

    final String externalId;
    final int line;
    String subjectField;
    String entryDefinition;
    final Map<String, String> languageDefinitions = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<TermEntry> terms = new ArrayList<>();
    boolean hadBrokenTerm;

    TbxConceptDraft(String externalId, int line) {
        this.externalId = externalId;
        this.line = line;
    }

    void offerSubjectField(String value) {
        if (subjectField == null) {
            subjectField = value;
        }
    }

    void offerLanguageDefinition(String language, String value) {
        languageDefinitions.putIfAbsent(language == null ? "" : language, value);
    }

    String describe() {
        return externalId == null ? "the entry at line " + line : "entry \"" + externalId + "\" (line " + line + ")";
    }

    /** Concept-level definition wins; otherwise the one in the file's own language, otherwise the first. */
    ConceptEntry toEntry(String fileLanguage) {
        String definition = entryDefinition;
        if (definition == null && fileLanguage != null) {
            definition = languageDefinitions.get(fileLanguage);
        }
        if (definition == null && !languageDefinitions.isEmpty()) {
            definition = languageDefinitions.values().iterator().next();
        }
        return new ConceptEntry(externalId, subjectField, definition,
                notes.isEmpty() ? null : String.join("\n", notes), List.copyOf(terms));
    }
}
