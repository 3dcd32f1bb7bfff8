package app.redline.quality;

import app.redline.base.SqlArrays;
import app.redline.base.TrailCursor;
import app.redline.document.RevisionKey;
import app.redline.document.SegmentLookup;
import app.redline.document.SegmentOutline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Annotations and their withdrawals in plain SQL: both only inserted, triggers refuse the rest. The segment's number
 * and the revision's author come from the document module ({@link #placed}).
 */
@Repository
class Annotations {

    private static final String SELECT = """
            select a.*, w.id as withdrawal_id, w.withdrawn_by, w.reason as withdrawal_reason, w.withdrawn_at
            from quality_annotation a
            left join quality_annotation_withdrawal w on w.annotation_id = a.id
            """;
    /** The document's error marks strictly before the cursor, newest first (index on document, time, id). */
    static final String MARK_TRAIL = SELECT + """
            where a.document_id = :document and (a.created_at, a.id) < (:at, :id)
            order by a.created_at desc, a.id desc limit :limit""";
    /** Withdrawals are reached through their marks (one at most each), newest first. */
    static final String WITHDRAWAL_TRAIL = SELECT.replace("left join", "join") + """
            where a.document_id = :document and (w.withdrawn_at, w.id) < (:at, :id)
            order by w.withdrawn_at desc, w.id desc limit :limit""";

    private final NamedParameterJdbcTemplate jdbc;
    private final SegmentLookup segments;

    Annotations(NamedParameterJdbcTemplate jdbc, SegmentLookup segments) {
        this.jdbc = jdbc;
        this.segments = segments;
    }

    long insert(long segmentId, long documentId, int revisionNo, int start, int end, String markedText,
                ErrorCategory category, ErrorSeverity severity, String note, String annotatedBy, Instant at) {
        return jdbc.queryForObject("""
                insert into quality_annotation (segment_id, document_id, revision_no, start_offset, end_offset, marked_text,
                                                category, severity, note, annotated_by, created_at)
                values (:segmentId, :documentId, :revisionNo, :start, :end, :markedText, :category, :severity, :note,
                        :by, :at)
                returning id""",
                new MapSqlParameterSource("segmentId", segmentId).addValue("documentId", documentId)
                        .addValue("revisionNo", revisionNo).addValue("start", start).addValue("end", end)
                        .addValue("markedText", markedText).addValue("category", category.name())
                        .addValue("severity", severity.name()).addValue("note", note).addValue("by", annotatedBy)
                        .addValue("at", Timestamp.from(at)), Long.class);
    }

    /** False when someone withdrew it first (the unique annotation_id decides a race). */
    boolean withdraw(long annotationId, String by, String reason, Instant at) {
        return jdbc.update("""
                insert into quality_annotation_withdrawal (annotation_id, withdrawn_by, reason, withdrawn_at)
                values (:id, :by, :reason, :at) on conflict (annotation_id) do nothing""",
                new MapSqlParameterSource("id", annotationId).addValue("by", by).addValue("reason", reason)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    Optional<Annotation> byId(long id) {
        return placed(jdbc.query(SELECT + " where a.id = :id", new MapSqlParameterSource("id", id), Annotations::map))
                .stream().findFirst();
    }

    /** Newest first, withdrawn ones included. */
    List<Annotation> forSegment(long segmentId) {
        return placed(jdbc.query(SELECT + " where a.segment_id = :id order by a.id desc",
                new MapSqlParameterSource("id", segmentId), Annotations::map));
    }

    /** The active annotations of the documents, not yet placed. */
    List<Annotation> active(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SqlArrays.inline(SELECT + " where a.document_id = any(cast(:documents as bigint[])) and w.id is null",
                "documents", documentIds), Annotations::map);
    }

    List<Annotation> markTrail(long documentId, TrailCursor before, int limit) {
        return placed(jdbc.query(MARK_TRAIL, trailParameters(documentId, before, limit), Annotations::map));
    }

    List<WithdrawnMark> withdrawalTrail(long documentId, TrailCursor before, int limit) {
        List<WithdrawnMark> withdrawn = jdbc.query(WITHDRAWAL_TRAIL, trailParameters(documentId, before, limit),
                (rs, row) -> new WithdrawnMark(rs.getLong("withdrawal_id"), map(rs, row)));
        Map<Long, Annotation> marks = placed(withdrawn.stream().map(WithdrawnMark::mark).toList()).stream()
                .collect(Collectors.toMap(Annotation::id, Function.identity()));
        return withdrawn.stream().map(found -> new WithdrawnMark(found.withdrawalId(), marks.get(found.mark().id()))).toList();
    }

    /** The annotations with their segment's number and their revision's author, read in two queries for all. */
    List<Annotation> placed(List<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return annotations;
        }
        Map<Long, SegmentOutline> outlines = segments.outlines(annotations.stream().map(Annotation::segmentId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(SegmentOutline::id, Function.identity()));
        Map<RevisionKey, String> authors = segments.revisionAuthors(annotations.stream()
                .map(annotation -> new RevisionKey(annotation.segmentId(), annotation.revisionNo())).collect(Collectors.toSet()));
        return annotations.stream().map(annotation -> annotation.placed(outlines.get(annotation.segmentId()).position(),
                authors.get(new RevisionKey(annotation.segmentId(), annotation.revisionNo())))).toList();
    }

    private static MapSqlParameterSource trailParameters(long documentId, TrailCursor before, int limit) {
        return new MapSqlParameterSource("document", documentId).addValue("at", Timestamp.from(before.at()))
                .addValue("id", before.id()).addValue("limit", limit);
    }

    /** An annotation as stored; its position and revision author are filled in by {@link #placed}. */
    static Annotation map(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        var withdrawal = withdrawnAt == null ? null : new Annotation.Withdrawal(rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"), withdrawnAt.toInstant());
        return new Annotation(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                0, rs.getInt("revision_no"), null,
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("marked_text"),
                ErrorCategory.valueOf(rs.getString("category")), ErrorSeverity.valueOf(rs.getString("severity")),
                rs.getString("note"), rs.getString("annotated_by"), rs.getTimestamp("created_at").toInstant(), withdrawal);
    }
}
