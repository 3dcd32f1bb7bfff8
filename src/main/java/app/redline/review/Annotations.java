package app.redline.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Annotations and their withdrawals in plain SQL: both only inserted, triggers refuse the rest. */
@Repository
class Annotations {

    private static final String SELECT = """
            select a.*, s.position, r.author as revision_author, w.withdrawn_by, w.reason as withdrawal_reason, w.withdrawn_at
            from quality_annotation a
            join segment s on s.id = a.segment_id
            join revision r on r.segment_id = a.segment_id and r.revision_no = a.revision_no
            left join quality_annotation_withdrawal w on w.annotation_id = a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    Annotations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.query(SELECT + " where a.id = :id", new MapSqlParameterSource("id", id), Annotations::map)
                .stream().findFirst();
    }

    /** Newest first, withdrawn ones included. */
    List<Annotation> forSegment(long segmentId) {
        return jdbc.query(SELECT + " where a.segment_id = :id order by a.id desc",
                new MapSqlParameterSource("id", segmentId), Annotations::map);
    }

    static Annotation map(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        var withdrawal = withdrawnAt == null ? null : new Annotation.Withdrawal(rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"), withdrawnAt.toInstant());
        return new Annotation(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                rs.getInt("position"), rs.getInt("revision_no"), rs.getString("revision_author"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("marked_text"),
                ErrorCategory.valueOf(rs.getString("category")), ErrorSeverity.valueOf(rs.getString("severity")),
                rs.getString("note"), rs.getString("annotated_by"), rs.getTimestamp("created_at").toInstant(), withdrawal);
    }
}
