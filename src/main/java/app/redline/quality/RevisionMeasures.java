package app.redline.quality;

import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Words, tokens and word edits from the readout, per revision: revisions and readouts never change, so each is
 * measured once and kept, and reports over long documents read numbers instead of tokenising and diffing again.
 */
@Repository
class RevisionMeasures {

    /** @param words words of the revision; tokens words and punctuation; edits word edits from the readout */
    record Measure(int words, int tokens, int edits) {}

    record Measured(long segmentId, int revisionNo, Measure measure) {}

    private final NamedParameterJdbcTemplate jdbc;

    RevisionMeasures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Measure measure(WordTokens tokens, String readout, String text) {
        List<String> textTokens = tokens.tokens(text);
        int edits = text.equals(readout) ? 0 : WordEdits.between(tokens.tokens(readout), textTokens);
        return new Measure(WordTokens.words(textTokens), textTokens.size(), edits);
    }

    /**
     * Keeps new measures in one statement (one commit, however many); one measured meanwhile by another report stays
     * as it is: it is the same.
     */
    void store(List<Measured> measured) {
        if (measured.isEmpty()) {
            return;
        }
        int size = measured.size();
        Long[] segments = new Long[size];
        Integer[] revisions = new Integer[size];
        Integer[] words = new Integer[size];
        Integer[] tokens = new Integer[size];
        Integer[] edits = new Integer[size];
        for (int i = 0; i < size; i++) {
            Measured row = measured.get(i);
            segments[i] = row.segmentId();
            revisions[i] = row.revisionNo();
            words[i] = row.measure().words();
            tokens[i] = row.measure().tokens();
            edits[i] = row.measure().edits();
        }
        jdbc.getJdbcTemplate().update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into revision_measure (segment_id, revision_no, words, tokens, edits)
                    select * from unnest(?::bigint[], ?::int[], ?::int[], ?::int[], ?::int[])
                    on conflict do nothing""");
            insert.setArray(1, connection.createArrayOf("bigint", segments));
            insert.setArray(2, connection.createArrayOf("integer", revisions));
            insert.setArray(3, connection.createArrayOf("integer", words));
            insert.setArray(4, connection.createArrayOf("integer", tokens));
            insert.setArray(5, connection.createArrayOf("integer", edits));
            return insert;
        });
    }
}
