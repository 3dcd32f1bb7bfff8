package app.redline.review;

import app.redline.base.SpreadsheetCells;
import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A document's whole trail, newest first: review events, sign-offs, assignment changes, comments, error marks and
 * their withdrawals; also as CSV.
 */
@Service
public class DocumentAudit {

    private static final List<String> CSV_HEADER = List.of("when", "who", "action", "segment", "from", "to", "revision",
            "reason", "override_reason", "overridden_issues");

    private final ReviewEvents events;
    private final DocumentSignOffs signOffs;
    private final DocumentAssignments assignments;
    private final DocumentService documents;
    private final NamedParameterJdbcTemplate jdbc;
    private final SegmentComments comments;
    private final Annotations annotations;

    DocumentAudit(ReviewEvents events, DocumentSignOffs signOffs, DocumentAssignments assignments,
                  DocumentService documents, NamedParameterJdbcTemplate jdbc, SegmentComments comments,
                  Annotations annotations) {
        this.comments = comments;
        this.annotations = annotations;
        this.events = events;
        this.signOffs = signOffs;
        this.assignments = assignments;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> entries(long documentId) {
        documents.header(documentId);
        Map<Long, Integer> positions = positions(documentId);
        var entries = new ArrayList<AuditEntry>();
        for (ReviewEvent event : events.forDocument(documentId)) {
            entries.add(new AuditEntry(event.createdAt(), event.actor(), event.action().name(),
                    positions.get(event.segmentId()), event.from().name(), event.to().name(), event.revisionNo(),
                    event.reason(), event.overrideReason(), event.overriddenIssues()));
        }
        for (SignOff signOff : signOffs.forDocument(documentId)) {
            entries.add(new AuditEntry(signOff.signedAt(), signOff.signedBy(), "SIGN_OFF", null, null, null, null,
                    signOff.approvedSegments() + " segments approved", null, null));
        }
        for (AssignmentChange change : assignments.changes(documentId)) {
            entries.add(new AuditEntry(change.changedAt(), change.changedBy(), change.assigned() ? "ASSIGNED" : "UNASSIGNED",
                    null, null, null, null, change.username() + " as " + change.role().label().toLowerCase(), null, null));
        }
        for (SegmentComment comment : comments.forDocument(documentId)) {
            entries.add(new AuditEntry(comment.createdAt(), comment.author(), "COMMENT", positions.get(comment.segmentId()),
                    null, null, comment.revisionNo(), comment.body(), null, null));
        }
        for (Annotation mark : annotations.forDocument(documentId)) {
            String what = mark.severity().name().toLowerCase() + " " + mark.category().name().toLowerCase().replace('_', ' ')
                    + " error on “" + mark.markedText() + "”" + (mark.note() == null ? "" : ": " + mark.note());
            entries.add(new AuditEntry(mark.createdAt(), mark.annotatedBy(), "ERROR_MARKED", mark.segmentPosition(),
                    null, null, mark.revisionNo(), what, null, null));
            if (mark.withdrawal() != null) {
                entries.add(new AuditEntry(mark.withdrawal().withdrawnAt(), mark.withdrawal().withdrawnBy(),
                        "ERROR_WITHDRAWN", mark.segmentPosition(), null, null, mark.revisionNo(),
                        what + (mark.withdrawal().reason() == null ? "" : " — " + mark.withdrawal().reason()), null, null));
            }
        }
        // Each source is newest first already; a stable sort by time keeps that order among equal times.
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        return entries;
    }

    /** The trail as CSV; cells a spreadsheet would run as formulas are quoted. */
    @PreAuthorize("isAuthenticated()")
    public ExportFile csv(long documentId) {
        DocumentHeader header = documents.header(documentId);
        var out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(CSV_HEADER);
            for (AuditEntry entry : entries(documentId)) {
                printer.printRecord(Stream.of(entry.at().toString(), entry.actor(), entry.action(),
                                text(entry.segmentPosition()), entry.from(), entry.to(), text(entry.revisionNo()),
                                entry.reason(), entry.overrideReason(), entry.overriddenIssues())
                        .map(cell -> SpreadsheetCells.neutraliseFormula(Objects.requireNonNullElse(cell, ""))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit CSV", e);
        }
        return new ExportFile("document-" + header.id() + "-audit.csv", "text/csv;charset=UTF-8", out.toByteArray(), false);
    }

    private Map<Long, Integer> positions(long documentId) {
        var positions = new HashMap<Long, Integer>();
        jdbc.query("select id, position from segment where document_id = :id", new MapSqlParameterSource("id", documentId),
                rs -> {
                    positions.put(rs.getLong(1), rs.getInt(2));
                });
        return positions;
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
