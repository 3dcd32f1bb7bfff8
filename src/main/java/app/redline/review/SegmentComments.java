package app.redline.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    /** Oldest first, as a conversation reads. */
    List<SegmentComment> forSegment(long segmentId) {
        return jdbc.query(SELECT + " where c.segment_id = :id order by c.id",
                new MapSqlParameterSource("id", segmentId), SegmentComments::map);
    }

    /** Every comment on the document's segments, newest first, for its audit trail. */
    List<SegmentComment> forDocument(long documentId) {
        return jdbc.query(SELECT + " where c.document_id = :id order by c.id desc",
                new MapSqlParameterSource("id", documentId), SegmentComments::map);
    }

    private static SegmentComment map(ResultSet rs, int row) throws SQLException {
        Array mentions = rs.getArray("mentions");
        return new SegmentComment(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("document_id"),
                rs.getInt("revision_no"), rs.getString("author"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), Arrays.asList((String[]) mentions.getArray()));
    }
}
