package app.redline.glossary.exchange;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV glossary, all or nothing. The first row must be exactly (any case, BOM allowed)
 * {@code concept_id,subject_field,definition,concept_note,language,term,status,case_sensitive,match_mode,part_of_speech,term_note,authority};
 * then one row per term, rows sharing a concept_id forming one concept.
 */
public final class CsvGlossaryReader {

    private CsvGlossaryReader() {}

    public static List<ConceptEntry> read(InputStream in, long maxBytes) {
        UploadedBytes upload = UploadedBytes.read(in, maxBytes);
        if (upload.isBlank()) {
            throw new GlossaryFileRejectedException(Reason.EMPTY, "The CSV file is empty.");
        }
        if (upload.hasUtf16Bom()) {
            throw new GlossaryFileRejectedException(Reason.INVALID_ENCODING, "The CSV file is saved as UTF-16"
                    + " (Excel's \"Unicode text\"). Save it as \"CSV UTF-8 (comma delimited)\" and import it again.");
        }
        upload.requireUtf8();
        int bom = upload.utf8BomLength();
        String text = new String(upload.array(), bom, upload.length() - bom, StandardCharsets.UTF_8);
        try (CSVParser parser = CsvGlossaryFormat.FORMAT.parse(new StringReader(text))) {
            return readRecords(parser.iterator());
        } catch (IOException | UncheckedIOException e) {
            throw new GlossaryFileRejectedException(Reason.MALFORMED, "The CSV file cannot be read: "
                    + parserProblem(e) + ". Check for a double quote (\") that is opened but never closed.", e);
        }
    }

    private static List<ConceptEntry> readRecords(Iterator<CSVRecord> records) {
        int width = requireHeader(records.next());
        CsvConceptAssembler assembler = new CsvConceptAssembler(width);
        while (records.hasNext()) {
            CSVRecord record = records.next();
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cell -> cells.add(CsvGlossaryFormat.restoreFormula(cell)));
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                assembler.add(Math.toIntExact(record.getRecordNumber()), cells);
            }
        }
        return assembler.concepts();
    }

    /** Checks the header and returns its width, which every row must have (so a stray comma cannot shift columns). */
    private static int requireHeader(CSVRecord header) {
        List<String> found = new ArrayList<>();
        header.forEach(cell -> found.add(cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
        while (!found.isEmpty() && found.getLast().isEmpty() && found.size() > CsvGlossaryFormat.HEADER.size()) {
            found.removeLast(); // spreadsheets sometimes keep empty columns to the right
        }
        if (found.equals(CsvGlossaryFormat.HEADER)) {
            return header.size();
        }
        String foundLine = String.join(",", found);
        String hint = found.size() == 1 && foundLine.contains(";")
                ? "\nThe file seems to use \";\" between columns; save it as comma-separated CSV (UTF-8)."
                : "";
        throw new GlossaryFileRejectedException(Reason.WRONG_FORMAT,
                "This is not a Redline glossary CSV: the first row must be exactly\n" + CsvGlossaryFormat.HEADER_LINE
                        + "\nbut it is\n" + abbreviate(foundLine) + hint);
    }

    private static String parserProblem(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceFirst("^\\(startline (\\d+)\\)\\s*", "from line $1, ");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
