package app.redline.review;

import app.redline.base.SqlArrays;
import app.redline.base.TrailCursor;
import app.redline.document.SegmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** Appends the move; {@code revisionAuthor} wrote the revision it decided on. */
    void append(ReviewEvent event, String revisionAuthor) {
        jdbc.update("""
                insert into review_event (segment_id, document_id, action, from_status, to_status, revision_no, actor,
                                          reason, override_reason, overridden_issues, created_at, revision_author)
                values (:segmentId, :documentId, :action, :from, :to, :revisionNo, :actor,
                        :reason, :overrideReason, :overriddenIssues, :createdAt, :revisionAuthor)""",
                new MapSqlParameterSource("segmentId", event.segmentId())
                        .addValue("revisionAuthor", revisionAuthor)
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

    /** The document's moves strictly before the cursor, newest first (index on document, time, id). */
    List<ReviewEvent> trail(long documentId, TrailCursor before, int limit) {
        return jdbc.query("""
                select * from review_event where document_id = :document and (created_at, id) < (:at, :id)
                order by created_at desc, id desc limit :limit""",
                new MapSqlParameterSource("document", documentId).addValue("at", Timestamp.from(before.at()))
                        .addValue("id", before.id()).addValue("limit", limit), ReviewEvents::map);
    }

    /**
     * Per segment of the documents, the latest revision an approval names that no later rejection of that same
     * revision undid: the revision a reviewer accepted.
     */
    Map<Long, Integer> approvedRevisions(Collection<Long> documentIds) {
        var approved = new HashMap<Long, Integer>();
        if (documentIds.isEmpty()) {
            return approved;
        }
        jdbc.query(SqlArrays.inline("""
                select e.segment_id, max(e.revision_no) from review_event e
                where e.document_id = any(cast(:documents as bigint[])) and e.action = 'APPROVE'
                  and not exists (select 1 from review_event later where later.segment_id = e.segment_id
                                  and later.action = 'REJECT' and later.revision_no = e.revision_no and later.id > e.id)
                group by e.segment_id""", "documents", documentIds), (ResultSet rs) -> {
                    approved.put(rs.getLong(1), rs.getInt(2));
                });
        return approved;
    }

    /** Rejections by others of revisions the author wrote, newest first. */
    List<ReviewEvent> rejectionsOf(String author, int limit) {
        return jdbc.query("""
                select * from review_event where action = 'REJECT' and revision_author = :author and actor <> :author
                order by created_at desc, id desc limit :limit""",
                new MapSqlParameterSource("author", author).addValue("limit", limit), ReviewEvents::map);
    }

    /** How many of those came after {@code since} (null: ever). */
    int countRejectionsOf(String author, Instant since) {
        var parameters = new MapSqlParameterSource("author", author);
        String after = "";
        if (since != null) {
            after = " and created_at > :since";
            parameters.addValue("since", Timestamp.from(since));
        }
        Integer count = jdbc.queryForObject("select count(*) from review_event where action = 'REJECT'"
                + " and revision_author = :author and actor <> :author" + after, parameters, Integer.class);
        return count == null ? 0 : count;
    }

    /** Of these segments, those ever rejected. */
    Set<Long> everRejected(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.getJdbcTemplate().queryForList(SqlArrays.inline("""
                select distinct segment_id from review_event
                where action = 'REJECT' and segment_id = any(cast(:ids as bigint[]))""", "ids", segmentIds), Long.class));
    }

    private static ReviewEvent map(ResultSet rs, int row) throws SQLException {
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        return new ReviewEvent(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                ReviewAction.valueOf(rs.getString("action")), SegmentStatus.valueOf(rs.getString("from_status")),
                SegmentStatus.valueOf(rs.getString("to_status")), rs.getInt("revision_no"), rs.getString("actor"),
                rs.getString("reason"), rs.getString("override_reason"), rs.getString("overridden_issues"), createdAt);
    }
}
