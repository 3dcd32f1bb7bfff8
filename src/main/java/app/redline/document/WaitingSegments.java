package app.redline.document;

import app.redline.base.SqlArrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Segments of one status, the oldest change first, a page at a time: what the review queue lists. The status is
 * written into the SQL (an enum, never user text), so PostgreSQL reads submitted segments through their partial
 * index (updated_at, id) even when it plans the statement once for every later call.
 */
@Service
public class WaitingSegments {

    private static final String FROM = " from segment s join document d on d.id = s.document_id and d.archived_at is null ";

    private final NamedParameterJdbcTemplate jdbc;

    WaitingSegments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public List<WaitingSegment> page(StatusQuery query, int offset, int limit) {
        if (query.onlyDocuments() != null && query.onlyDocuments().isEmpty()) {
            return List.of();
        }
        String sql = """
                select s.id, s.document_id, s.position, s.paragraph, s.source_text, s.readout, s.clean_text, s.status,
                       s.translatable, s.version, s.updated_by, s.updated_at, d.title, latest.revision_no
                """ + FROM + """
                cross join lateral (select max(r.revision_no) as revision_no from revision r where r.segment_id = s.id) latest
                """ + where(query) + " order by s.updated_at, s.id offset :offset limit :limit";
        return jdbc.query(sql, parameters(query).addValue("offset", offset).addValue("limit", limit),
                (rs, row) -> new WaitingSegment(SegmentQueries.map(rs, row), rs.getString("title"), rs.getInt("revision_no")));
    }

    /** Documents with segments the query finds, the one whose oldest segment changed longest ago first. */
    @PreAuthorize("isAuthenticated()")
    public List<DocumentWaiting> documents(StatusQuery query, int limit) {
        if (query.onlyDocuments() != null && query.onlyDocuments().isEmpty()) {
            return List.of();
        }
        String sql = "select d.id, d.title, count(*) as waiting, min(s.updated_at) as oldest" + FROM + where(query)
                + " group by d.id, d.title order by oldest, d.id limit :limit";
        return jdbc.query(sql, parameters(query).addValue("limit", limit), (rs, row) -> new DocumentWaiting(
                rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()));
    }

    private static String where(StatusQuery query) {
        var where = new StringBuilder(" where s.status = '").append(query.status().name()).append("' and s.translatable")
                .append(" and s.updated_by <> :worker")
                .append(" and (select r.author from revision r where r.segment_id = s.id order by r.revision_no desc limit 1)")
                .append(" <> :worker");
        if (query.changedBy() != null) {
            where.append(" and s.updated_by = :changedBy");
        }
        if (query.onlyDocuments() != null) {
            where.append(" and s.document_id = any(cast(:only as bigint[]))");
        }
        if (!query.exceptDocuments().isEmpty()) {
            where.append(" and not (s.document_id = any(cast(:except as bigint[])))");
        }
        String sql = where.toString();
        if (query.onlyDocuments() != null) {
            sql = SqlArrays.inline(sql, "only", query.onlyDocuments());
        }
        return query.exceptDocuments().isEmpty() ? sql : SqlArrays.inline(sql, "except", query.exceptDocuments());
    }

    private static MapSqlParameterSource parameters(StatusQuery query) {
        return new MapSqlParameterSource("worker", query.excludedWorker()).addValue("changedBy", query.changedBy());
    }
}
