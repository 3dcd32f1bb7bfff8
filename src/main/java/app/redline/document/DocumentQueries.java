package app.redline.document;

import app.redline.base.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class DocumentQueries {

    private static final String SUMMARY = """
            select d.id, d.project_id, d.title, d.original_file_name, d.imported_by, d.imported_at, d.segment_count,
                   count(s.id) filter (where s.translatable) as translatable_count,
                   count(s.id) filter (where s.translatable and s.status <> 'NEW') as edited_count
              from document d left join segment s on s.document_id = d.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DocumentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentSummary> byProject(long projectId) {
        return jdbc.query(SUMMARY + " where d.project_id = :projectId group by d.id order by d.imported_at desc, d.id desc",
                new MapSqlParameterSource("projectId", projectId), DocumentQueries::map);
    }

    /** What the editor needs to open a document: no aggregate over its segments. */
    Optional<DocumentHeader> header(long documentId) {
        return jdbc.query("select id, project_id, title, original_file_name, segment_count from document where id = :id",
                new MapSqlParameterSource("id", documentId), DocumentQueries::header).stream().findFirst();
    }

    /** The headers of the documents that exist among the ids (all projects' documents when {@code ids} is null). */
    List<DocumentHeader> headers(Collection<Long> ids, Long projectId) {
        String where = ids != null ? "id = any(cast(:ids as bigint[]))" : projectId != null ? "project_id = :project" : "true";
        String sql = "select id, project_id, title, original_file_name, segment_count from document where " + where;
        return jdbc.query(ids == null ? sql : SqlArrays.inline(sql, "ids", ids), new MapSqlParameterSource("project", projectId),
                DocumentQueries::header);
    }

    private static DocumentHeader header(ResultSet rs, int row) throws SQLException {
        return new DocumentHeader(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("original_file_name"), rs.getInt("segment_count"));
    }

    private static DocumentSummary map(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"),
                rs.getString("original_file_name"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(), rs.getInt("segment_count"),
                rs.getInt("translatable_count"), rs.getInt("edited_count"));
    }
}
