package app.redline.review;

import app.redline.document.SegmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only review trail in plain SQL: rows are inserted, and a trigger refuses updates and deletes. */
@Repository
class ReviewEvents {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(ReviewEvent event) {
        jdbc.update("""
                insert into review_event (segment_id, document_id, action, from_status, to_status, revision_no, actor,
                                          reason, override_reason, overridden_issues, created_at)
                values (:segmentId, :documentId, :action, :from, :to, :revisionNo, :actor,
                        :reason, :overrideReason, :overriddenIssues, :createdAt)""",
                new MapSqlParameterSource("segmentId", event.segmentId())
                        .addValue("documentId", event.documentId())
                        .addValue("action", event.action().name())
                        .addValue("from", event.from().name())
                        .addValue("to", event.to().name())
                        .addValue("revisionNo", event.revisionNo())
                        .addValue("actor", event.actor())
                        .addValue("reason", event.reason())
                        .addValue("overrideReason", event.overrideReason())
                        .addValue("overriddenIssues", event.overriddenIssues())
                        .addValue("createdAt", Timestamp.from(event.createdAt())));
    }

    /** Newest first. */
    List<ReviewEvent> forSegment(long segmentId) {
        return jdbc.query("select * from review_event where segment_id = :id order by id desc",
                new MapSqlParameterSource("id", segmentId), ReviewEvents::map);
    }

    /** The segment's events before event {@code beforeId}, newest first. */
    List<ReviewEvent> forSegmentBefore(long segmentId, long beforeId, int limit) {
        return jdbc.query("select * from review_event where segment_id = :id and id < :before order by id desc limit :limit",
                new MapSqlParameterSource("id", segmentId).addValue("before", beforeId).addValue("limit", limit),
                ReviewEvents::map);
    }

    /** The segment's events after event {@code afterId}, oldest first. */
    List<ReviewEvent> forSegmentAfter(long segmentId, long afterId, int limit) {
        return jdbc.query("select * from review_event where segment_id = :id and id > :after order by id limit :limit",
                new MapSqlParameterSource("id", segmentId).addValue("after", afterId).addValue("limit", limit),
                ReviewEvents::map);
    }

    /** Newest first. */
    List<ReviewEvent> forDocument(long documentId) {
        return jdbc.query("select * from review_event where document_id = :id order by id desc",
                new MapSqlParameterSource("id", documentId), ReviewEvents::map);
    }

    Optional<ReviewEvent> last(long segmentId) {
        return jdbc.query("select * from review_event where segment_id = :id order by id desc limit 1",
                new MapSqlParameterSource("id", segmentId), ReviewEvents::map).stream().findFirst();
    }

    private static ReviewEvent map(ResultSet rs, int row) throws SQLException {
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        return new ReviewEvent(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                ReviewAction.valueOf(rs.getString("action")), SegmentStatus.valueOf(rs.getString("from_status")),
                SegmentStatus.valueOf(rs.getString("to_status")), rs.getInt("revision_no"), rs.getString("actor"),
                rs.getString("reason"), rs.getString("override_reason"), rs.getString("overridden_issues"), createdAt);
    }
}
