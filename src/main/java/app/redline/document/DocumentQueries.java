package app.redline.document;

import app.redline.base.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class DocumentQueries {

    private static final String HEADER_COLUMNS =
            "id, project_id, title, original_file_name, segment_count, archived_at, archived_by";

    /** Archived documents leave the lists; an administrator may ask for them instead. Literal, so the partial index fits. */
    private static String ofProject(boolean archived) {
        return " where project_id = :projectId and archived_at is " + (archived ? "not null " : "null ");
    }

    /** The documents the inner select (%s) chose, each with its segment counts, newest first. */
    private static final String SUMMARY_OF = """
            select d.*, counts.translatable_count, counts.edited_count
              from (%s) d
              cross join lateral (
                  select count(*) filter (where s.translatable) as translatable_count,
                         count(*) filter (where s.translatable and s.status <> 'NEW') as edited_count
                    from segment s where s.document_id = d.id) counts
             order by d.imported_at desc, d.id desc""";

    private final NamedParameterJdbcTemplate jdbc;

    DocumentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentSummary> byProject(long projectId, boolean archived) {
        return summaries(projectId, archived, 0, null);
    }

    /**
     * One page, newest first. The page of documents is chosen before any segment is counted, so a project with
     * many long documents costs one page's counts.
     */
    List<DocumentSummary> page(long projectId, boolean archived, long offset, int limit) {
        return summaries(projectId, archived, offset, limit);
    }

    Optional<DocumentSummary> summary(long documentId) {
        return jdbc.query(SUMMARY_OF.formatted("select * from document where id = :id"),
                new MapSqlParameterSource("id", documentId), DocumentQueries::map).stream().findFirst();
    }

    int count(long projectId, boolean archived) {
        Integer count = jdbc.queryForObject("select count(*) from document" + ofProject(archived),
                new MapSqlParameterSource("projectId", projectId), Integer.class);
        return count == null ? 0 : count;
    }

    /** What the editor needs to open a document: no aggregate over its segments. */
    Optional<DocumentHeader> header(long documentId) {
        return jdbc.query("select " + HEADER_COLUMNS + " from document where id = :id",
                new MapSqlParameterSource("id", documentId), DocumentQueries::header).stream().findFirst();
    }

    /** The headers of the documents that exist among the ids (all projects' documents when {@code ids} is null). */
    List<DocumentHeader> headers(Collection<Long> ids, Long projectId) {
        String where = ids != null ? "id = any(cast(:ids as bigint[]))" : projectId != null ? "project_id = :project" : "true";
        String sql = "select " + HEADER_COLUMNS + " from document where " + where;
        return jdbc.query(ids == null ? sql : SqlArrays.inline(sql, "ids", ids), new MapSqlParameterSource("project", projectId),
                DocumentQueries::header);
    }

    private static DocumentHeader header(ResultSet rs, int row) throws SQLException {
        return new DocumentHeader(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("original_file_name"), rs.getInt("segment_count"),
                instant(rs.getTimestamp("archived_at")), rs.getString("archived_by"));
    }

    /** {@code limit} null reads them all (PostgreSQL's LIMIT NULL). */
    private List<DocumentSummary> summaries(long projectId, boolean archived, long offset, Integer limit) {
        return jdbc.query(SUMMARY_OF.formatted("select * from document" + ofProject(archived)
                        + "order by imported_at desc, id desc offset :offset limit :limit"),
                new MapSqlParameterSource("projectId", projectId).addValue("offset", offset)
                        .addValue("limit", limit, Types.INTEGER),
                DocumentQueries::map);
    }

    private static DocumentSummary map(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("original_file_name"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(), rs.getInt("segment_count"),
                rs.getInt("translatable_count"), rs.getInt("edited_count"),
                instant(rs.getTimestamp("archived_at")), rs.getString("archived_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
