package app.redline.review;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Submitted segments a reviewer may decide on, oldest first: never their own (four eyes: neither submitted by
 * them nor with a latest revision they wrote), and of documents assigned to them or to no reviewer at all. Read
 * page by page through the partial index on submitted segments.
 */
@Repository
class ReviewQueue {

    private static final String FROM = " from segment s join document d on d.id = s.document_id and d.archived_at is null ";
    private static final String LATEST_REVISION =
            " cross join lateral (select max(r.revision_no) as revision_no from revision r where r.segment_id = s.id) latest ";
    private static final String WAITING = " where s.status = 'SUBMITTED' and s.translatable and s.updated_by <> :reviewer"
            + " and (select r.author from revision r where r.segment_id = s.id order by r.revision_no desc limit 1)"
            + " <> :reviewer";
    private static final String ASSIGNED_TO_ME = " " + """
            and exists (select 1 from document_assignment a
                        where a.document_id = s.document_id and a.role = 'REVIEWER' and a.username = :reviewer)""";
    private static final String NO_OTHER_REVIEWER = " " + """
            and (not exists (select 1 from document_assignment a where a.document_id = s.document_id and a.role = 'REVIEWER')
                 or exists (select 1 from document_assignment a
                            where a.document_id = s.document_id and a.role = 'REVIEWER' and a.username = :reviewer))""";
    /**
     * Issues in the stored check result (table segment_check, issues as a JSON array with a severity each), less
     * those dismissed as false positives for the segment's current text (issue_dismissal, keyed by its SHA-256).
     * A check that could not run ("check-failed") counts as an open error: it may have missed one.
     */
    private static final String ISSUES = """
            (select count(*) from segment_check c cross join lateral jsonb_array_elements(c.issues) i
             where c.segment_id = s.id and (i ->> 'severity' in (:severities) or i ->> 'ruleId' = 'check-failed')
               and not exists (select 1 from issue_dismissal x
                               where x.segment_id = s.id
                                 and x.text_hash = encode(sha256(convert_to(s.clean_text, 'UTF8')), 'hex')
                                 and x.check_id = i ->> 'checkId' and x.rule_id = i ->> 'ruleId'
                                 and x.span_start = (i ->> 'start')::int and x.span_end = (i ->> 'end')::int))""";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QueuedSegment> page(String reviewer, QueueFilter filter, int offset, int limit) {
        var sql = new StringBuilder("""
                select s.id, s.document_id, d.title, s.position, s.readout, s.clean_text, s.updated_by, s.updated_at,
                       exists (select 1 from review_event e where e.segment_id = s.id and e.action = 'REJECT') as rejected_before,
                       latest.revision_no, s.version,
                       exists (select 1 from segment_seen v where v.reviewer = :reviewer and v.segment_id = s.id
                               and v.revision_no = latest.revision_no) as seen,
                       """).append(ISSUES.replace(":severities", "'ERROR', 'WARNING'")).append(" as issue_count ")
                .append(FROM).append(LATEST_REVISION).append(WAITING);
        var parameters = new MapSqlParameterSource("reviewer", reviewer).addValue("offset", offset).addValue("limit", limit);
        sql.append(filter.mineOnly() ? ASSIGNED_TO_ME : NO_OTHER_REVIEWER);
        if (filter.rejectedBefore()) {
            sql.append(" and exists (select 1 from review_event e where e.segment_id = s.id and e.action = 'REJECT')");
        }
        if (filter.translator() != null && !filter.translator().isBlank()) {
            sql.append(" and s.updated_by = :translator");
            parameters.addValue("translator", filter.translator().strip());
        }
        switch (filter.issues()) {
            case ANY -> { }
            case ERRORS_OR_WARNINGS -> sql.append(" and ").append(ISSUES.replace(":severities", "'ERROR', 'WARNING'")).append(" > 0");
            case ERRORS -> sql.append(" and ").append(ISSUES.replace(":severities", "'ERROR'")).append(" > 0");
        }
        sql.append(" order by s.updated_at, s.id offset :offset limit :limit");
        return jdbc.query(sql.toString(), parameters, (rs, row) -> new QueuedSegment(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getBoolean(9), rs.getInt(10), rs.getLong(11), rs.getBoolean(12),
                rs.getInt(13)));
    }

    /** Documents with segments waiting for the reviewer, the longest-waiting first. */
    List<WaitingDocument> documents(String reviewer, boolean mineOnly, int limit) {
        String sql = "select d.id, d.title, count(*) as waiting, min(s.updated_at) as oldest" + FROM + WAITING
                + (mineOnly ? ASSIGNED_TO_ME : NO_OTHER_REVIEWER)
                + " group by d.id, d.title order by oldest, d.id limit :limit";
        return jdbc.query(sql, new MapSqlParameterSource("reviewer", reviewer).addValue("limit", limit),
                (rs, row) -> new WaitingDocument(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()));
    }
}
