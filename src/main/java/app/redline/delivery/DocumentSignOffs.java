package app.redline.delivery;

import app.redline.base.SqlArrays;
import app.redline.base.TrailCursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only sign-off trail, in plain SQL. */
@Repository
class DocumentSignOffs {

    /** The latest sign-off of a document and the latest segment change it saw (null: none ever changed). */
    record Latest(long documentId, Instant signedChangeAt) {}

    private final NamedParameterJdbcTemplate jdbc;

    DocumentSignOffs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per document that has one, its latest sign-off. */
    Map<Long, Latest> latest(Collection<Long> documentIds) {
        var latest = new HashMap<Long, Latest>();
        if (documentIds.isEmpty()) {
            return latest;
        }
        jdbc.query(SqlArrays.inline("""
                select distinct on (document_id) document_id, signed_change_at
                from document_signoff where document_id = any(cast(:ids as bigint[])) order by document_id, id desc""",
                "ids", documentIds), (ResultSet rs) -> {
                    Timestamp seen = rs.getTimestamp(2);
                    latest.put(rs.getLong(1), new Latest(rs.getLong(1), seen == null ? null : seen.toInstant()));
                });
        return latest;
    }

    SignOff append(long documentId, String reviewer, Instant at, int approvedSegments, Instant signedChangeAt) {
        return jdbc.queryForObject("""
                insert into document_signoff (document_id, signed_by, signed_at, approved_segments, signed_change_at)
                values (:id, :by, :at, :approved, :seen)
                returning id, document_id, signed_by, signed_at, approved_segments""",
                new MapSqlParameterSource("id", documentId).addValue("by", reviewer).addValue("at", Timestamp.from(at))
                        .addValue("approved", approvedSegments)
                        .addValue("seen", signedChangeAt == null ? null : Timestamp.from(signedChangeAt)),
                DocumentSignOffs::map);
    }

    /** The document's sign-offs strictly before the cursor, newest first (index on document, time, id). */
    List<SignOff> trail(long documentId, TrailCursor before, long limit) {
        return jdbc.query("""
                select * from document_signoff where document_id = :document and (signed_at, id) < (:at, :id)
                order by signed_at desc, id desc limit :limit""",
                new MapSqlParameterSource("document", documentId).addValue("at", Timestamp.from(before.at()))
                        .addValue("id", before.id()).addValue("limit", limit), DocumentSignOffs::map);
    }

    /** Newest first. */
    List<SignOff> forDocument(long documentId) {
        return jdbc.query("select * from document_signoff where document_id = :id order by id desc",
                new MapSqlParameterSource("id", documentId), DocumentSignOffs::map);
    }

    private static SignOff map(ResultSet rs, int row) throws SQLException {
        return new SignOff(rs.getLong("id"), rs.getLong("document_id"), rs.getString("signed_by"),
                rs.getTimestamp("signed_at").toInstant(), rs.getInt("approved_segments"));
    }
}
