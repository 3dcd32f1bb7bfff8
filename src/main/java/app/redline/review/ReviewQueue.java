package app.redline.review;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Submitted segments a reviewer may decide on, oldest first: never their own (four eyes). Read page by page
 * through the partial index on submitted segments.
 */
@Repository
class ReviewQueue {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QueuedSegment> page(String reviewer, QueueFilter filter, int offset, int limit) {
        var sql = new StringBuilder("""
                select s.id, s.document_id, d.title, s.position, s.readout, s.clean_text, s.updated_by, s.updated_at,
                       exists (select 1 from review_event e where e.segment_id = s.id and e.action = 'REJECT') as rejected_before
                from segment s join document d on d.id = s.document_id
                where s.status = 'SUBMITTED' and s.translatable and s.updated_by <> :reviewer""");
        var parameters = new MapSqlParameterSource("reviewer", reviewer).addValue("offset", offset).addValue("limit", limit);
        if (filter.rejectedBefore()) {
            sql.append(" and exists (select 1 from review_event e where e.segment_id = s.id and e.action = 'REJECT')");
        }
        if (filter.translator() != null && !filter.translator().isBlank()) {
            sql.append(" and s.updated_by = :translator");
            parameters.addValue("translator", filter.translator().strip());
        }
        sql.append(" order by s.updated_at, s.id offset :offset limit :limit");
        return jdbc.query(sql.toString(), parameters, (rs, row) -> new QueuedSegment(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getBoolean(9)));
    }
}
