package app.redline.glossary.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The concept-level cells of a concept's rows, checked to agree: a contradiction is almost always a typo. */
final class CsvConceptDraft {

    private final String externalId;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> rowsOfValues = new HashMap<>();
    final List<TermEntry> terms = new ArrayList<>();

    CsvConceptDraft(String externalId) {
        this.externalId = externalId;
    }

    /** The first non-blank value counts; rows may leave it blank, but may not give a different one. */
    void offer(String column, String value, int row, ContentProblems problems) {
        if (value == null) {
            return;
        }
        String earlier = values.putIfAbsent(column, value);
        if (earlier == null) {
            rowsOfValues.put(column, row);
        } else if (!earlier.equals(value)) {
            problems.add("rows " + rowsOfValues.get(column) + " and " + row + " both belong to concept \"" + externalId
                    + "\" but give different " + column + " values (\"" + shorten(earlier) + "\" and \""
                    + shorten(value) + "\"); make them the same or leave the later one blank.");
        }
    }

    ConceptEntry toEntry() {
        return new ConceptEntry(externalId, values.get("subject_field"), values.get("definition"),
                values.get("concept_note"), List.copyOf(terms));
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
