package app.redline.delivery;

import app.redline.base.SpreadsheetCells;
import app.redline.document.DocumentService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A document's whole trail, newest first: review events, sign-offs, assignment changes, comments, error marks and
 * their withdrawals. Read a page at a time; as CSV, the whole trail streamed.
 */
@Service
public class DocumentAudit {

    /** The most entries one read returns. */
    public static final int MAX_LIMIT = 1000;
    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final List<String> CSV_HEADER = List.of("when", "who", "action", "segment", "from", "to", "revision",
            "reason", "override_reason", "overridden_issues");

    private final DocumentService documents;
    private final AuditTrail trail;

    DocumentAudit(DocumentService documents, AuditTrail trail) {
        this.documents = documents;
        this.trail = trail;
    }

    /** Up to {@code limit} entries after the newest {@code offset}, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> entries(long documentId, long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset is 0 or more; limit is 1 to " + MAX_LIMIT + ".");
        }
        documents.header(documentId); // not found rather than an empty trail
        return trail.page(documentId, offset, limit);
    }

    /** The CSV's file name; asks first, so a missing document is refused before any of the file is sent. */
    @PreAuthorize("isAuthenticated()")
    public String csvFileName(long documentId) {
        return "document-" + documents.header(documentId).id() + "-audit.csv";
    }

    /**
     * Writes the whole trail as CSV while reading it, so a long trail is never held in memory; cells a spreadsheet
     * would run as formulas are quoted. Leaves {@code out} open.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeCsv(long documentId, OutputStream out) {
        documents.header(documentId);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(CSV_HEADER);
            trail.each(documentId, entry -> print(printer, entry));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit CSV", e);
        }
    }

    private static void print(CSVPrinter printer, AuditEntry entry) {
        try {
            printer.printRecord(Stream.of(entry.at().toString(), entry.actor(), entry.action(),
                            text(entry.segmentPosition()), entry.from(), entry.to(), text(entry.revisionNo()),
                            entry.reason(), entry.overrideReason(), entry.overriddenIssues())
                    .map(cell -> SpreadsheetCells.neutraliseFormula(Objects.requireNonNullElse(cell, ""))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit CSV", e);
        }
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
