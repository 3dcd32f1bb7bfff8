package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.CsvGlossaryFormat.AUTHORITY;
import static app.redline.glossary.exchange.CsvGlossaryFormat.CASE_SENSITIVE;
import static app.redline.glossary.exchange.CsvGlossaryFormat.CONCEPT_ID;
import static app.redline.glossary.exchange.CsvGlossaryFormat.CONCEPT_NOTE;
import static app.redline.glossary.exchange.CsvGlossaryFormat.DEFINITION;
import static app.redline.glossary.exchange.CsvGlossaryFormat.LANGUAGE;
import static app.redline.glossary.exchange.CsvGlossaryFormat.MATCH_MODE;
import static app.redline.glossary.exchange.CsvGlossaryFormat.PART_OF_SPEECH;
import static app.redline.glossary.exchange.CsvGlossaryFormat.STATUS;
import static app.redline.glossary.exchange.CsvGlossaryFormat.SUBJECT_FIELD;
import static app.redline.glossary.exchange.CsvGlossaryFormat.TERM;
import static app.redline.glossary.exchange.CsvGlossaryFormat.TERM_NOTE;

import app.redline.base.StorableText;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns CSV rows into concepts: rows with the same concept_id join one concept, wherever they are in the file. */
final class CsvConceptAssembler {

    private final ContentProblems problems = new ContentProblems();
    private final List<CsvConceptDraft> drafts = new ArrayList<>();
    private final Map<String, CsvConceptDraft> draftsById = new HashMap<>();
    private final int width;
    private int rowProblems;

    CsvConceptAssembler(int width) {
        this.width = width;
    }

    void add(int row, List<String> cells) {
        if (cells.size() != width) {
            problems.add("row " + row + " has " + cells.size() + " cells but the header has " + width
                    + "; a cell that contains a comma must be enclosed in double quotes.");
            return;
        }
        if (hasUnstorableCell(row, cells)) {
            return;
        }
        CsvConceptDraft concept = conceptFor(cell(cells, CONCEPT_ID));
        concept.offer("subject_field", cell(cells, SUBJECT_FIELD), row, problems);
        concept.offer("definition", cell(cells, DEFINITION), row, problems);
        concept.offer("concept_note", cell(cells, CONCEPT_NOTE), row, problems);
        term(row, cells).ifPresent(concept.terms::add);
    }

    List<ConceptEntry> concepts() {
        if (drafts.isEmpty() && problems.isEmpty()) {
            throw new GlossaryFileRejectedException(Reason.EMPTY,
                    "The CSV file has the header row but no terms, so there is nothing to import.");
        }
        problems.throwIfAny();
        return drafts.stream().map(CsvConceptDraft::toEntry).toList();
    }

    // Without an id a row cannot be joined to others, so it is a concept of its own.
    private CsvConceptDraft conceptFor(String id) {
        if (id != null && draftsById.containsKey(id)) {
            return draftsById.get(id);
        }
        CsvConceptDraft draft = new CsvConceptDraft(id);
        drafts.add(draft);
        if (id != null) {
            draftsById.put(id, draft);
        }
        return draft;
    }

    private Optional<TermEntry> term(int row, List<String> cells) {
        int problemsBefore = rowProblems;
        String rawLanguage = cell(cells, LANGUAGE);
        String language = LanguageTags.normalise(rawLanguage).orElse(null);
        if (rawLanguage == null) {
            problem(row, "language is empty; give a language code such as en-US or de");
        } else if (language == null) {
            problem(row, "\"" + rawLanguage + "\" is not a language code; use codes such as en-US, de or zh-CN");
        }
        String text = cell(cells, TERM);
        if (text == null) {
            problem(row, "term is empty");
        }
        String status = cell(cells, STATUS);
        TermStatus parsedStatus = status == null ? TermStatus.ADMITTED : valid(row, "status", status,
                TermValues.status(status), TermValues.ACCEPTED_STATUSES);
        String caseSensitive = cell(cells, CASE_SENSITIVE);
        Boolean parsedCase = caseSensitive == null ? Boolean.FALSE : valid(row, "case_sensitive", caseSensitive,
                TermValues.flag(caseSensitive), TermValues.ACCEPTED_BOOLEANS);
        String matchMode = cell(cells, MATCH_MODE);
        MatchMode parsedMatch = matchMode == null ? MatchMode.defaultFor(language) : valid(row, "match_mode", matchMode,
                TermValues.matchMode(matchMode), TermValues.ACCEPTED_MATCH_MODES);
        if (rowProblems != problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new TermEntry(language, text, parsedStatus, parsedCase, parsedMatch,
                cell(cells, PART_OF_SPEECH), cell(cells, TERM_NOTE), cell(cells, AUTHORITY)));
    }

    private <T> T valid(int row, String column, String value, Optional<T> parsed, String accepted) {
        if (parsed.isEmpty()) {
            problem(row, column + " \"" + value + "\" is not allowed; use " + accepted);
        }
        return parsed.orElse(null);
    }

    /** A NUL or a broken character would fail the database write, or be saved as '?': named by row and column. */
    private boolean hasUnstorableCell(int row, List<String> cells) {
        boolean found = false;
        for (int column = 0; column < cells.size(); column++) {
            String problem = StorableText.problem(cells.get(column));
            if (problem != null) {
                String name = column < CsvGlossaryFormat.HEADER.size() ? CsvGlossaryFormat.HEADER.get(column) : "column " + (column + 1);
                problem(row, name + " " + problem);
                found = true;
            }
        }
        return found;
    }

    private void problem(int row, String message) {
        rowProblems++;
        problems.add("row " + row + ": " + message + ".");
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? TermValues.blankToNull(cells.get(column)) : null;
    }
}
