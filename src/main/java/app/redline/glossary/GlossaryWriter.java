package app.redline.glossary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Batched writes for bulk imports: tens of thousands of terms in a few statements, ids drawn in advance. */
@Repository
class GlossaryWriter {

    private final JdbcTemplate jdbc;

    GlossaryWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> newIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table, count);
    }

    void insertConcepts(List<ConceptData> concepts, String author) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into concept (id, glossary_id, subject_field, definition, note, created_by, created_at, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", concepts, 1000, (statement, concept) -> {
            statement.setLong(1, concept.id());
            statement.setLong(2, concept.glossaryId());
            statement.setString(3, TermData.blankToNull(concept.subjectField()));
            statement.setString(4, TermData.blankToNull(concept.definition()));
            statement.setString(5, TermData.blankToNull(concept.note()));
            statement.setString(6, author);
            statement.setTimestamp(7, now);
            statement.setString(8, author);
            statement.setTimestamp(9, now);
        });
    }

    void updateConcept(ConceptData concept, String author) {
        jdbc.update("""
                update concept set subject_field = ?, definition = ?, note = ?, updated_by = ?, updated_at = ?,
                       version = version + 1 where id = ?""",
                TermData.blankToNull(concept.subjectField()), TermData.blankToNull(concept.definition()),
                TermData.blankToNull(concept.note()), author, Timestamp.from(Instant.now()), concept.id());
    }

    /** Inserts terms that carry their (pre-drawn) ids; {@code owners} gives each term's concept id. */
    void insertTerms(List<TermData> terms, List<Long> owners, List<Integer> positions) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            indexes.add(i);
        }
        jdbc.batchUpdate("""
                insert into term (id, concept_id, position, language, text, status, case_sensitive, match_mode,
                                  part_of_speech, note, authority)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indexes, 1000, (statement, i) -> {
            TermData term = terms.get(i);
            statement.setLong(1, term.id());
            statement.setLong(2, owners.get(i));
            statement.setInt(3, positions.get(i));
            statement.setString(4, term.language());
            statement.setString(5, term.text());
            statement.setString(6, term.status().name());
            statement.setBoolean(7, term.caseSensitive());
            statement.setString(8, term.matchMode().name());
            statement.setString(9, term.partOfSpeech());
            statement.setString(10, term.note());
            statement.setString(11, term.authority());
        });
    }

    void updateTerm(TermData term, int position) {
        jdbc.update("""
                update term set position = ?, language = ?, text = ?, status = ?, case_sensitive = ?, match_mode = ?,
                       part_of_speech = ?, note = ?, authority = ? where id = ?""",
                position, term.language(), term.text(), term.status().name(), term.caseSensitive(),
                term.matchMode().name(), term.partOfSpeech(), term.note(), term.authority(), term.id());
    }

    void deleteTerm(long termId) {
        jdbc.update("delete from term where id = ?", termId);
    }

    /**
     * Brings the planner's statistics up to date after a bulk import: until autovacuum gets round to it, the planner
     * takes the grown tables for small ones and picks plans that make searches take seconds instead of milliseconds.
     */
    void refreshStatisticsAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jdbc.execute("analyze concept");
                jdbc.execute("analyze term");
            }
        });
    }

    void glossaryChanged(long glossaryId) {
        jdbc.update("update glossary set revision = revision + 1 where id = ?", glossaryId);
    }
}
