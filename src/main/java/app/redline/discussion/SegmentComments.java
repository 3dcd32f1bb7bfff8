package app.redline.discussion;

import app.redline.base.TrailCursor;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Comment threads and mentions in plain SQL: rows are inserted, and triggers refuse updates and deletes. */
@Repository
class SegmentComments {

    private static final String SELECT = """
            select c.*, array(select m.username from segment_comment_mention m
                              where m.comment_id = c.id order by m.username) as mentions
            from segment_comment c""";

    /** The document's comments strictly before a cursor, newest first, from the (document, time, id) index. */
    static final String TRAIL = SELECT + """
             where c.document_id = :document and (c.created_at, c.id) < (:at, :id)
            order by c.created_at desc, c.id desc limit :limit""";

    private final NamedParameterJdbcTemplate jdbc;

    SegmentComments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the comment and its mentions; the returned comment carries its id. */
    SegmentComment append(SegmentComment comment) {
        Long id = jdbc.queryForObject("""
                insert into segment_comment (segment_id, document_id, revision_no, author, body, created_at)
                values (:segmentId, :documentId, :revisionNo, :author, :body, :createdAt) returning id""",
                new MapSqlParameterSource("segmentId", comment.segmentId())
                        .addValue("documentId", comment.documentId())
                        .addValue("revisionNo", comment.revisionNo())
                        .addValue("author", comment.author())
                        .addValue("body", comment.body())
                        .addValue("createdAt", Timestamp.from(comment.createdAt())), Long.class);
        appendMentions(id, comment.mentions());
        return new SegmentComment(id, comment.segmentId(), comment.documentId(), comment.revisionNo(), comment.author(),
                comment.body(), comment.createdAt(), comment.mentions());
    }

    private void appendMentions(long commentId, Collection<String> usernames) {
        MapSqlParameterSource[] rows = usernames.stream()
                .map(username -> new MapSqlParameterSource("commentId", commentId).addValue("username", username))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into segment_comment_mention (comment_id, username) values (:commentId, :username)", rows);
    }

    /** The segment's comments newest first, skipping {@code offset}: a page of its thread (index on segment, id). */
    List<SegmentComment> newestFirst(long segmentId, long offset, int limit) {
        return jdbc.query(SELECT + " where c.segment_id = :id order by c.id desc offset :offset limit :limit",
                new MapSqlParameterSource("id", segmentId).addValue("offset", offset).addValue("limit", limit),
                SegmentComments::map);
    }

    /** The segment's comments before comment {@code beforeId}, newest first. */
    List<SegmentComment> before(long segmentId, long beforeId, int limit) {
        return jdbc.query(SELECT + " where c.segment_id = :id and c.id < :before order by c.id desc limit :limit",
                new MapSqlParameterSource("id", segmentId).addValue("before", beforeId).addValue("limit", limit),
                SegmentComments::map);
    }

    /** The segment's comments after comment {@code afterId}, oldest first. */
    List<SegmentComment> after(long segmentId, long afterId, int limit) {
        return jdbc.query(SELECT + " where c.segment_id = :id and c.id > :after order by c.id limit :limit",
                new MapSqlParameterSource("id", segmentId).addValue("after", afterId).addValue("limit", limit),
                SegmentComments::map);
    }

    List<SegmentComment> trail(long documentId, TrailCursor before, int limit) {
        return jdbc.query(TRAIL, new MapSqlParameterSource("document", documentId)
                .addValue("at", Timestamp.from(before.at())).addValue("id", before.id()).addValue("limit", limit),
                SegmentComments::map);
    }

    /** When the author's latest comments since {@code since} were posted, newest first, at most {@code limit}. */
    List<Instant> postedBy(String author, Instant since, int limit) {
        return jdbc.query("""
                select created_at from segment_comment where author = :author and created_at > :since
                order by created_at desc limit :limit""",
                new MapSqlParameterSource("author", author).addValue("since", Timestamp.from(since)).addValue("limit", limit),
                (rs, row) -> rs.getTimestamp(1).toInstant());
    }

    /** Until the transaction ends, the author's other posts wait here, so two tabs cannot both pass the limit. */
    void lockAuthor(String author) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('segment_comment'), hashtext(:author))",
                new MapSqlParameterSource("author", author), rs -> {});
    }

    private static SegmentComment map(ResultSet rs, int row) throws SQLException {
        Array mentions = rs.getArray("mentions");
        return new SegmentComment(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                rs.getInt("revision_no"), rs.getString("author"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), Arrays.asList((String[]) mentions.getArray()));
    }
}
