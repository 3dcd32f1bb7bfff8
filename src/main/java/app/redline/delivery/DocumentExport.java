package app.redline.delivery;

import app.redline.base.SpreadsheetCells;
import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The clean text of a document as plain text (its paragraphs kept) or as a readout/clean table in CSV. Only a
 * signed-off document exports as final; any other export is marked as a draft, in the text and the file name.
 */
@Service
public class DocumentExport {

    static final String DRAFT_LINE = "DRAFT — not signed off";
    static final List<String> CSV_HEADER = List.of("position", "paragraph", "status", "readout", "clean_text");

    private static final int PAGE = 1000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final DocumentService documents;
    private final SegmentService segments;
    private final SignOffService signOffs;

    DocumentExport(DocumentService documents, SegmentService segments, SignOffService signOffs) {
        this.documents = documents;
        this.segments = segments;
        this.signOffs = signOffs;
    }

    /** Segments joined by a space within a paragraph and a blank line between paragraphs. */
    @PreAuthorize("isAuthenticated()")
    public ExportFile plainText(long documentId) {
        DocumentHeader header = documents.header(documentId);
        boolean draft = !signOffs.progress(documentId).signedOff();
        String body = paragraphs(all(segments, documentId)).stream()
                .map(paragraph -> paragraph.stream().map(SegmentSnapshot::cleanText).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n\n"));
        String text = (draft ? DRAFT_LINE + "\n\n" : "") + body + "\n";
        return new ExportFile(fileName(header, draft, "txt"), "text/plain;charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8), draft);
    }

    /** One row per segment; cells a spreadsheet would run as formulas are quoted. */
    @PreAuthorize("isAuthenticated()")
    public ExportFile csv(long documentId) {
        DocumentHeader header = documents.header(documentId);
        boolean draft = !signOffs.progress(documentId).signedOff();
        var out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(BYTE_ORDER_MARK); // so Excel reads the Chinese readout as UTF-8
            printer.printRecord(CSV_HEADER);
            for (SegmentSnapshot segment : all(segments, documentId)) {
                printer.printRecord(Stream.of(String.valueOf(segment.position()), String.valueOf(segment.paragraph()),
                        segment.status().name(), segment.readout(), segment.cleanText())
                        .map(SpreadsheetCells::neutraliseFormula).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
        return new ExportFile(fileName(header, draft, "csv"), "text/csv;charset=UTF-8", out.toByteArray(), draft);
    }

    /** Every segment of the document in order, read page by page. */
    static List<SegmentSnapshot> all(SegmentService segments, long documentId) {
        var all = new ArrayList<SegmentSnapshot>();
        List<SegmentSnapshot> page;
        do {
            page = segments.page(documentId, SegmentFilter.ALL, all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    /** Segments are ordered by position, so a paragraph is a run of equal paragraph numbers. */
    static List<List<SegmentSnapshot>> paragraphs(List<SegmentSnapshot> ordered) {
        var paragraphs = new ArrayList<List<SegmentSnapshot>>();
        Integer current = null;
        for (SegmentSnapshot segment : ordered) {
            if (current == null || segment.paragraph() != current) {
                paragraphs.add(new ArrayList<>());
                current = segment.paragraph();
            }
            paragraphs.getLast().add(segment);
        }
        return paragraphs;
    }

    /** The original file's name without extension, reduced to characters safe in a download name. */
    static String fileName(DocumentHeader header, boolean draft, String extension) {
        String name = header.originalFileName();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (base.isBlank() || base.startsWith(".")) {
            base = "document-" + header.id();
        }
        return base + "-clean" + (draft ? "-draft" : "") + "." + extension;
    }
}
