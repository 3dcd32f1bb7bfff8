package app.redline.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which revisions each reviewer opened (table segment_seen): bulk approval accepts only those. */
@Repository
class SeenRevisions {

    /** A segment's revision, as a reviewer saw it or means to approve it. */
    record SegmentRevision(long segmentId, int revisionNo) {}

    private final NamedParameterJdbcTemplate jdbc;

    SeenRevisions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void markSeen(String reviewer, long segmentId, int revisionNo, Instant at) {
        jdbc.update("""
                insert into segment_seen (reviewer, segment_id, revision_no, seen_at)
                values (:reviewer, :segment, :revisionNo, :at) on conflict do nothing""",
                new MapSqlParameterSource("reviewer", reviewer).addValue("segment", segmentId)
                        .addValue("revisionNo", revisionNo).addValue("at", Timestamp.from(at)));
    }

    /** Those of the revisions the reviewer has seen. */
    Set<SegmentRevision> seenAmong(String reviewer, Collection<SegmentRevision> revisions) {
        if (revisions.isEmpty()) {
            return Set.of();
        }
        Set<SegmentRevision> asked = new HashSet<>(revisions);
        var ids = asked.stream().map(SegmentRevision::segmentId).toList();
        return jdbc.query("""
                select segment_id, revision_no from segment_seen where reviewer = :reviewer and segment_id in (:ids)""",
                new MapSqlParameterSource("reviewer", reviewer).addValue("ids", ids),
                (rs, row) -> new SegmentRevision(rs.getLong(1), rs.getInt(2)))
                .stream().filter(asked::contains).collect(Collectors.toSet());
    }
}
