package app.redline.checks;

import app.redline.glossary.GlossaryRevisions;
import java.sql.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The last check result of each segment, in PostgreSQL (table segment_check). */
@Repository
class CheckResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A stored result and what it was computed for. */
    record Stored(String textKey, long globalRevision, long projectRevision, List<Issue> issues) {

        boolean validFor(String currentTextKey, GlossaryRevisions revisions) {
            return textKey.equals(currentTextKey) && globalRevision == revisions.global()
                    && projectRevision == revisions.project();
        }

        /** Every check ran. An incomplete result is kept so the queue sees the failure, but it is checked again. */
        boolean complete() {
            return issues.stream().noneMatch(CheckRunner::couldNotRun);
        }
    }

    /** A result to store for a segment. */
    record Fresh(long segmentId, String textKey, GlossaryRevisions revisions, List<Issue> issues) {}

    private final JdbcTemplate jdbc;

    CheckResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Stored> forSegments(Collection<Long> segmentIds) {
        Map<Long, Stored> found = new HashMap<>();
        if (segmentIds.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select segment_id, text_key, global_revision, project_revision, issues::text from segment_check
                where segment_id = any(?)""",
                ps -> ps.setArray(1, ids(ps.getConnection(), segmentIds)),
                rs -> {
                    found.put(rs.getLong(1), new Stored(rs.getString(2), rs.getLong(3), rs.getLong(4),
                            Arrays.asList(JSON.readValue(rs.getString(5), Issue[].class))));
                });
        return found;
    }

    /** Those of the segments that have a stored result, current or not. */
    Set<Long> storedAmong(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("select segment_id from segment_check where segment_id = any(?)",
                ps -> ps.setArray(1, ids(ps.getConnection(), segmentIds)), (rs, row) -> rs.getLong(1)));
    }

    /**
     * Stores new results; a row that already holds the result for the same keys is left alone (opening a segment),
     * unless it is incomplete (a check could not run) and the new one differs: a complete result for the same text
     * is never replaced by one that could not check it.
     */
    void store(List<Fresh> results) {
        if (results.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into segment_check (segment_id, text_key, global_revision, project_revision, issues, checked_at)
                values (?, ?, ?, ?, ?::jsonb, now())
                on conflict (segment_id) do update set text_key = excluded.text_key,
                    global_revision = excluded.global_revision, project_revision = excluded.project_revision,
                    issues = excluded.issues, checked_at = excluded.checked_at
                where (segment_check.text_key, segment_check.global_revision, segment_check.project_revision)
                      is distinct from (excluded.text_key, excluded.global_revision, excluded.project_revision)
                   or (segment_check.issues @> '[{"ruleId": "check-failed"}]'
                       and segment_check.issues is distinct from excluded.issues)""",
                results, 500, (ps, fresh) -> {
                    ps.setLong(1, fresh.segmentId());
                    ps.setString(2, fresh.textKey());
                    ps.setLong(3, fresh.revisions().global());
                    ps.setLong(4, fresh.revisions().project());
                    ps.setString(5, JSON.writeValueAsString(fresh.issues()));
                });
    }

    /** The global glossary went from one revision to the next: rows it cannot affect stay valid. */
    int moveGlobalRevision(long before, long after, Collection<Long> affected) {
        return jdbc.update("""
                update segment_check set global_revision = ?
                where global_revision = ? and not (segment_id = any(?))""",
                ps -> {
                    ps.setLong(1, after);
                    ps.setLong(2, before);
                    ps.setArray(3, ids(ps.getConnection(), affected));
                });
    }

    /** A project's own glossary went from one revision to the next: its unaffected segments' rows stay valid. */
    int moveProjectRevision(long before, long after, Collection<Long> projectSegments, Collection<Long> affected) {
        return jdbc.update("""
                update segment_check set project_revision = ?
                where project_revision = ? and segment_id = any(?) and not (segment_id = any(?))""",
                ps -> {
                    ps.setLong(1, after);
                    ps.setLong(2, before);
                    ps.setArray(3, ids(ps.getConnection(), projectSegments));
                    ps.setArray(4, ids(ps.getConnection(), affected));
                });
    }

    private static Array ids(java.sql.Connection connection, Collection<Long> ids) throws java.sql.SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
