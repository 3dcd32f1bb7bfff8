package app.redline.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document's trail in one query, newest first: review events, sign-offs, assignment changes, comments, error marks
 * and their withdrawals. For a page, each part reads only its newest offset + limit rows, in time order from its
 * (document, time, id) index, and the query sorts those few; nothing counts the trail. The CSV reads it all, once.
 */
@Repository
class AuditTrail {

    /** The parts, each with "%1$s" for what ends it: its own order and limit for a page, nothing for the whole. */
    private static final String PARTS = """
            select * from (
              (select 0 as source, e.id, e.created_at as at, e.actor, e.action::text, s.position, e.from_status::text,
                      e.to_status::text, e.revision_no, e.reason::text, e.override_reason::text, e.overridden_issues
               from review_event e join segment s on s.id = e.segment_id where e.document_id = :document
               %1$s)
              union all
              (select 1, o.id, o.signed_at, o.signed_by, 'SIGN_OFF', null, null, null, null,
                      o.approved_segments || ' segments approved', null, null
               from document_signoff o where o.document_id = :document
               %2$s)
              union all
              (select 2, c.id, c.changed_at, c.changed_by, c.change::text, null, null, null, null,
                      c.username || ' as ' || lower(c.role), null, null
               from document_assignment_change c where c.document_id = :document
               %3$s)
              union all
              (select 3, m.id, m.created_at, m.author, 'COMMENT', s.position, null, null, m.revision_no, m.body::text,
                      null, null
               from segment_comment m join segment s on s.id = m.segment_id where m.document_id = :document
               %4$s)
              union all
              (select 4, a.id, a.created_at, a.annotated_by, 'ERROR_MARKED', s.position, null, null, a.revision_no,
                      %7$s, null, null
               from quality_annotation a join segment s on s.id = a.segment_id where a.document_id = :document
               %5$s)
              union all
              (select 5, w.id, w.withdrawn_at, w.withdrawn_by, 'ERROR_WITHDRAWN', s.position, null, null, a.revision_no,
                      %7$s || coalesce(' — ' || w.reason, ''), null, null
               from quality_annotation_withdrawal w join quality_annotation a on a.id = w.annotation_id
               join segment s on s.id = a.segment_id where a.document_id = :document
               %6$s)
            ) trail
            order by at desc, source, id desc
            """;
    private static final String ERROR_MARKED = """
            lower(a.severity) || ' ' || replace(lower(a.category), '_', ' ') || ' error on “' || a.marked_text || '”'
                      || coalesce(': ' || a.note, '')""";
    /** Per part: the newest rows a page can need, from its index. */
    static final String PAGE = PARTS.formatted(newest("e.created_at", "e.id"), newest("o.signed_at", "o.id"),
            newest("c.changed_at", "c.id"), newest("m.created_at", "m.id"), newest("a.created_at", "a.id"),
            newest("w.withdrawn_at", "w.id"), ERROR_MARKED) + " offset :offset limit :limit";
    static final String WHOLE = PARTS.formatted("", "", "", "", "", "", ERROR_MARKED);
    private static final int STREAM_FETCH_SIZE = 500;

    private static String newest(String at, String id) {
        return "order by " + at + " desc, " + id + " desc limit :reach";
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    AuditTrail(NamedParameterJdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        var fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }


    List<AuditEntry> page(long documentId, long offset, int limit) {
        return jdbc.query(PAGE, new MapSqlParameterSource("document", documentId)
                .addValue("offset", offset).addValue("limit", limit).addValue("reach", offset + limit), AuditTrail::map);
    }

    /**
     * Hands every entry to {@code sink}, newest first, while reading: PostgreSQL sends rows in batches through a
     * cursor (which needs a transaction), so the whole trail is never in memory at once.
     */
    void each(long documentId, Consumer<AuditEntry> sink) {
        readOnly.executeWithoutResult(status -> streaming.query(WHOLE, new MapSqlParameterSource("document", documentId),
                rs -> {
                    sink.accept(map(rs, 0));
                }));
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getObject("position", Integer.class), rs.getString("from_status"), rs.getString("to_status"),
                rs.getObject("revision_no", Integer.class), rs.getString("reason"), rs.getString("override_reason"),
                rs.getString("overridden_issues"));
    }
}
