package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.CsvGlossaryFormat.neutraliseFormula;

import app.redline.glossary.MatchMode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV layout {@link CsvGlossaryReader} reads, with a UTF-8 byte order mark so Excel shows Chinese
 * and accented terms correctly. A concept without an id but with several terms gets a generated id
 * ("redline-1", ...), because rows are grouped into concepts by id; everything else reads back unchanged.
 * Cells starting with = + - @, tab or CR are written behind a single quote so spreadsheets do not run them
 * as formulas; the reader removes that quote again.
 */
public final class CsvGlossaryWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvGlossaryWriter() {}

    public static void write(List<ConceptEntry> concepts, OutputStream out) {
        Set<String> usedIds = ExportPreconditions.check(concepts);
        int generated = 0;
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CsvGlossaryFormat.FORMAT);
            printer.printRecord(CsvGlossaryFormat.HEADER);
            for (ConceptEntry concept : concepts) {
                String id = TermValues.blankToNull(concept.externalId());
                if (id == null && concept.terms().size() > 1) {
                    do {
                        id = "redline-" + ++generated;
                    } while (usedIds.contains(id));
                }
                for (TermEntry term : concept.terms()) {
                    printer.printRecord(row(id, concept, term));
                }
            }
            printer.flush(); // not close(): the caller owns the stream
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV glossary", e);
        }
    }

    private static List<String> row(String conceptId, ConceptEntry concept, TermEntry term) {
        List<String> cells = new ArrayList<>(CsvGlossaryFormat.HEADER.size());
        cells.add(conceptId);
        cells.add(concept.subjectField());
        cells.add(concept.definition());
        cells.add(concept.note());
        cells.add(term.language());
        cells.add(term.text());
        cells.add(term.status() == null ? null : term.status().name().toLowerCase(Locale.ROOT));
        cells.add(Boolean.toString(term.caseSensitive()));
        cells.add(matchMode(term.matchMode()));
        cells.add(term.partOfSpeech());
        cells.add(term.note());
        cells.add(term.authority());
        return cells.stream().map(cell -> cell == null ? "" : neutraliseFormula(cell)).toList();
    }

    private static String matchMode(MatchMode mode) {
        return mode == null ? null : mode.name().toLowerCase(Locale.ROOT);
    }
}
