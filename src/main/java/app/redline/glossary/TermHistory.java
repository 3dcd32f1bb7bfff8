package app.redline.glossary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The append-only change log of terms and concepts: who, when, and the state before and after as JSON. */
@Repository
class TermHistory {

    enum Action { CREATED, UPDATED, DELETED }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final NamedParameterJdbcTemplate jdbc;

    TermHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long glossaryId, long conceptId, Long termId, Action action, String author, Object before, Object after) {
        jdbc.update("""
                insert into term_history (glossary_id, concept_id, term_id, action, changed_by, changed_at, before_value, after_value)
                values (:glossaryId, :conceptId, :termId, :action, :author, :at, cast(:before as jsonb), cast(:after as jsonb))""",
                new MapSqlParameterSource("glossaryId", glossaryId).addValue("conceptId", conceptId)
                        .addValue("termId", termId).addValue("action", action.name()).addValue("author", author)
                        .addValue("at", Timestamp.from(Instant.now()))
                        .addValue("before", before == null ? null : JSON.writeValueAsString(before))
                        .addValue("after", after == null ? null : JSON.writeValueAsString(after)));
    }

    /** One change to log in a batch (bulk imports). */
    record Entry(long glossaryId, long conceptId, Long termId, Action action, Object before, Object after) {}

    void recordAll(List<Entry> entries, String author) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into term_history (glossary_id, concept_id, term_id, action, changed_by, changed_at, before_value, after_value)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", entries, 1000, (statement, entry) -> {
            statement.setLong(1, entry.glossaryId());
            statement.setLong(2, entry.conceptId());
            statement.setObject(3, entry.termId());
            statement.setString(4, entry.action().name());
            statement.setString(5, author);
            statement.setTimestamp(6, now);
            statement.setString(7, entry.before() == null ? null : JSON.writeValueAsString(entry.before()));
            statement.setString(8, entry.after() == null ? null : JSON.writeValueAsString(entry.after()));
        });
    }

    List<TermChange> forTerm(long termId) {
        return jdbc.query("select * from term_history where term_id = :id order by id desc",
                new MapSqlParameterSource("id", termId), TermHistory::map);
    }

    List<TermChange> forConcept(long conceptId) {
        return jdbc.query("select * from term_history where concept_id = :id order by id desc",
                new MapSqlParameterSource("id", conceptId), TermHistory::map);
    }

    static Map<String, Object> snapshot(TermData term) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("language", term.language());
        values.put("text", term.text());
        values.put("status", term.status().name());
        values.put("caseSensitive", term.caseSensitive());
        values.put("matchMode", term.matchMode().name());
        values.put("partOfSpeech", term.partOfSpeech());
        values.put("note", term.note());
        values.put("authority", term.authority());
        return values;
    }

    static Map<String, Object> snapshot(String subjectField, String definition, String note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subjectField", subjectField);
        values.put("definition", definition);
        values.put("note", note);
        return values;
    }

    private static TermChange map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long rawTermId = rs.getLong("term_id");
        Long termId = rs.wasNull() ? null : rawTermId;
        return new TermChange(rs.getLong("concept_id"), termId, rs.getString("action"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
                rs.getString("before_value"), rs.getString("after_value"));
    }
}
