package app.redline.review;

import app.redline.document.SegmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Document progress and the append-only sign-off trail, in plain SQL. */
@Repository
class DocumentSignOffs {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentSignOffs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One query for all the documents. A sign-off holds while no segment (do-not-translate ones included: marking
     * them changes what is translated) changed after the latest change it saw.
     */
    Map<Long, DocumentProgress> progress(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, Map<SegmentStatus, Integer>>();
        var stillSigned = new HashMap<Long, Boolean>();
        jdbc.query("""
                with latest_signoff as (
                    select distinct on (document_id) document_id, signed_change_at
                    from document_signoff where document_id in (:ids) order by document_id, id desc)
                select s.document_id, s.status, count(*) filter (where s.translatable) as translatable,
                       max(s.updated_at) as changed_at, l.document_id is not null as signed,
                       l.signed_change_at
                from segment s left join latest_signoff l on l.document_id = s.document_id
                where s.document_id in (:ids)
                group by s.document_id, s.status, l.document_id, l.signed_change_at""",
                new MapSqlParameterSource("ids", documentIds), (ResultSet rs) -> {
                    long id = rs.getLong("document_id");
                    counts.computeIfAbsent(id, key -> new EnumMap<>(SegmentStatus.class))
                            .put(SegmentStatus.valueOf(rs.getString("status")), rs.getInt("translatable"));
                    boolean holds = rs.getBoolean("signed")
                            && !changedAfter(rs.getTimestamp("changed_at"), rs.getTimestamp("signed_change_at"));
                    stillSigned.merge(id, holds, Boolean::logicalAnd);
                });
        var result = new LinkedHashMap<Long, DocumentProgress>();
        for (long id : documentIds) {
            result.put(id, new DocumentProgress(id, counts.getOrDefault(id, Map.of()), stillSigned.getOrDefault(id, false)));
        }
        return result;
    }

    /**
     * Appends a sign-off only if every translatable segment is approved, checked in the same statement so no
     * edit slips in between; empty when some segment is not approved.
     */
    Optional<SignOff> signOffIfAllApproved(long documentId, String reviewer, Instant at) {
        return jdbc.query("""
                insert into document_signoff (document_id, signed_by, signed_at, approved_segments, signed_change_at)
                select :id, :by, :at, count(*) filter (where translatable), max(updated_at)
                from segment where document_id = :id
                having count(*) filter (where translatable and status <> 'APPROVED') = 0
                returning id, document_id, signed_by, signed_at, approved_segments""",
                new MapSqlParameterSource("id", documentId).addValue("by", reviewer).addValue("at", Timestamp.from(at)),
                DocumentSignOffs::map).stream().findFirst();
    }

    /** Newest first. */
    List<SignOff> forDocument(long documentId) {
        return jdbc.query("select * from document_signoff where document_id = :id order by id desc",
                new MapSqlParameterSource("id", documentId), DocumentSignOffs::map);
    }

    private static boolean changedAfter(Timestamp changedAt, Timestamp signedChangeAt) {
        return changedAt != null && (signedChangeAt == null || changedAt.after(signedChangeAt));
    }

    private static SignOff map(ResultSet rs, int row) throws SQLException {
        return new SignOff(rs.getLong("id"), rs.getLong("document_id"), rs.getString("signed_by"),
                rs.getTimestamp("signed_at").toInstant(), rs.getInt("approved_segments"));
    }
}
