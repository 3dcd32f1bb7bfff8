package app.redline.delivery;

import app.redline.base.TrailCursor;
import app.redline.user.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Current assignments and their append-only trail, in plain SQL. */
@Repository
class DocumentAssignments {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentAssignments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Assignees> forDocuments(Collection<Long> documentIds) {
        var translators = new HashMap<Long, List<String>>();
        var reviewers = new HashMap<Long, List<String>>();
        if (!documentIds.isEmpty()) {
            jdbc.query("""
                    select document_id, username, role from document_assignment
                    where document_id in (:ids) order by username""",
                    new MapSqlParameterSource("ids", documentIds), rs -> {
                        var target = Role.REVIEWER.name().equals(rs.getString("role")) ? reviewers : translators;
                        target.computeIfAbsent(rs.getLong("document_id"), id -> new ArrayList<>()).add(rs.getString("username"));
                    });
        }
        var result = new HashMap<Long, Assignees>();
        for (long id : documentIds) {
            result.put(id, new Assignees(id, translators.getOrDefault(id, List.of()), reviewers.getOrDefault(id, List.of())));
        }
        return result;
    }

    Assignees forDocument(long documentId) {
        return forDocuments(List.of(documentId)).get(documentId);
    }

    /** Ids of the documents the user is assigned to in the role. */
    List<Long> documentsOf(String username, Role role) {
        return jdbc.queryForList("select document_id from document_assignment where username = :user and role = :role",
                new MapSqlParameterSource("user", username).addValue("role", role.name()), Long.class);
    }

    /** Documents with assigned reviewers, the user not among them. */
    List<Long> reviewedByOthersOnly(String username) {
        return jdbc.queryForList("""
                select document_id from document_assignment where role = 'REVIEWER'
                group by document_id having not bool_or(username = :user)""",
                new MapSqlParameterSource("user", username), Long.class);
    }

    /**
     * Serialises assignment changes of one document until the transaction ends, so two people editing its
     * assignees never interleave (an advisory lock: the document's row belongs to the document module).
     */
    void lock(long documentId) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('document_assignment'), hashtext(cast(:id as text)))",
                new MapSqlParameterSource("id", documentId), rs -> {});
    }

    void assign(long documentId, String username, Role role, String by, Instant at) {
        var parameters = parameters(documentId, username, role, by, at);
        jdbc.update("""
                insert into document_assignment (document_id, username, role, assigned_by, assigned_at)
                values (:document, :user, :role, :by, :at)""", parameters);
        jdbc.update(insertChange("ASSIGNED"), parameters);
    }

    void unassign(long documentId, String username, Role role, String by, Instant at) {
        var parameters = parameters(documentId, username, role, by, at);
        jdbc.update("delete from document_assignment where document_id = :document and username = :user and role = :role",
                parameters);
        jdbc.update(insertChange("UNASSIGNED"), parameters);
    }

    /** Newest first. */
    List<AssignmentChange> changes(long documentId) {
        return jdbc.query("select * from document_assignment_change where document_id = :id order by id desc",
                new MapSqlParameterSource("id", documentId), DocumentAssignments::change);
    }

    /** The document's assignment changes strictly before the cursor, newest first (index on document, time, id). */
    List<AssignmentChange> changeTrail(long documentId, TrailCursor before, long limit) {
        return jdbc.query("""
                select * from document_assignment_change where document_id = :document and (changed_at, id) < (:at, :id)
                order by changed_at desc, id desc limit :limit""",
                new MapSqlParameterSource("document", documentId).addValue("at", Timestamp.from(before.at()))
                        .addValue("id", before.id()).addValue("limit", limit), DocumentAssignments::change);
    }

    private static AssignmentChange change(ResultSet rs, int row) throws SQLException {
        return new AssignmentChange(rs.getLong("id"), rs.getLong("document_id"), rs.getString("username"),
                Role.valueOf(rs.getString("role")), "ASSIGNED".equals(rs.getString("change")), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static String insertChange(String change) {
        return "insert into document_assignment_change (document_id, username, role, change, changed_by, changed_at) "
                + "values (:document, :user, :role, '" + change + "', :by, :at)";
    }

    private static MapSqlParameterSource parameters(long documentId, String username, Role role, String by, Instant at) {
        return new MapSqlParameterSource("document", documentId).addValue("user", username).addValue("role", role.name())
                .addValue("by", by).addValue("at", Timestamp.from(at));
    }
}
