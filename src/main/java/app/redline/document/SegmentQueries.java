package app.redline.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The editor's read paths in plain SQL: one page at a time by position, never a count of the whole
 * document, so a 10,000-segment document opens as fast as a short one.
 */
@Repository
class SegmentQueries {

    private static final String COLUMNS = "id, document_id, position, paragraph, source_text, readout, clean_text, "
            + "status, translatable, version, updated_by, updated_at";

    private final NamedParameterJdbcTemplate jdbc;

    SegmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SegmentSnapshot> page(long documentId, SegmentFilter filter, int offset, int limit) {
        var params = params(documentId, filter).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("select " + COLUMNS + " from segment where " + where(filter)
                + " order by position limit :limit offset :offset", params, SNAPSHOT);
    }

    /** The row index of a segment among those the filter shows (for scrolling to it). */
    int indexOf(long documentId, SegmentFilter filter, int position) {
        var params = params(documentId, filter).addValue("position", position);
        Integer before = jdbc.queryForObject("select count(*) from segment where " + where(filter)
                + " and position < :position", params, Integer.class);
        return before == null ? 0 : before;
    }

    Optional<SegmentSnapshot> neighbour(long documentId, SegmentFilter filter, int position, boolean forward) {
        var params = params(documentId, filter).addValue("position", position);
        String sql = "select " + COLUMNS + " from segment where " + where(filter)
                + (forward ? " and position > :position order by position" : " and position < :position order by position desc")
                + " limit 1";
        return jdbc.query(sql, params, SNAPSHOT).stream().findFirst();
    }

    Optional<SegmentSnapshot> byId(long segmentId) {
        return jdbc.query("select " + COLUMNS + " from segment where id = :id",
                new MapSqlParameterSource("id", segmentId), SNAPSHOT).stream().findFirst();
    }

    private static String where(SegmentFilter filter) {
        StringBuilder where = new StringBuilder("document_id = :documentId");
        if (filter.status() != null) {
            where.append(" and status = :status and translatable");
        }
        if (filter.hasText()) {
            where.append(" and (readout ilike :pattern or clean_text ilike :pattern or source_text ilike :pattern)");
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(long documentId, SegmentFilter filter) {
        var params = new MapSqlParameterSource("documentId", documentId);
        if (filter.status() != null) {
            params.addValue("status", filter.status().name());
        }
        if (filter.hasText()) {
            params.addValue("pattern", "%" + escapeLike(filter.text().strip()) + "%");
        }
        return params;
    }

    /** The searched text is literal: % and _ typed by a user match themselves. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static final RowMapper<SegmentSnapshot> SNAPSHOT = SegmentQueries::map;

    static SegmentSnapshot map(ResultSet rs, int row) throws SQLException {
        Timestamp updatedAt = rs.getTimestamp("updated_at");
        return new SegmentSnapshot(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("position"),
                rs.getInt("paragraph"), rs.getString("source_text"), rs.getString("readout"),
                rs.getString("clean_text"), SegmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("translatable"), rs.getLong("version"), rs.getString("updated_by"),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
