package app.redline.glossary.exchange;

import app.redline.base.SpreadsheetCells;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV layout Redline exchanges: RFC 4180, UTF-8, this exact header, one row per term. Rows sharing a
 * concept_id form one concept. Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * are exported behind a single quote and the quote is removed again on import, so values survive unchanged.
 */
final class CsvGlossaryFormat {

    static final List<String> HEADER = List.of(
            "concept_id", "subject_field", "definition", "concept_note",
            "language", "term", "status", "case_sensitive", "match_mode", "part_of_speech", "term_note", "authority");
    static final String HEADER_LINE = String.join(",", HEADER);

    static final int CONCEPT_ID = 0;
    static final int SUBJECT_FIELD = 1;
    static final int DEFINITION = 2;
    static final int CONCEPT_NOTE = 3;
    static final int LANGUAGE = 4;
    static final int TERM = 5;
    static final int STATUS = 6;
    static final int CASE_SENSITIVE = 7;
    static final int MATCH_MODE = 8;
    static final int PART_OF_SPEECH = 9;
    static final int TERM_NOTE = 10;
    static final int AUTHORITY = 11;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvGlossaryFormat() {}

    static String neutraliseFormula(String cell) {
        return SpreadsheetCells.neutraliseFormula(cell);
    }

    static String restoreFormula(String cell) {
        return SpreadsheetCells.restoreFormula(cell);
    }
}
