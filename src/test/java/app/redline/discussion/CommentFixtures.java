package app.redline.discussion;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many comments at once, straight into the table: the long threads and the rate-limit tests start from them. */
public final class CommentFixtures {

    private CommentFixtures() {}

    /**
     * Comments "Comment 1" to "Comment {@code count}" on the segment by {@code author}, one {@code apart} after the
     * other, the last at {@code last}: posted in that order, so ids and times agree.
     */
    public static void insert(JdbcTemplate jdbc, long segmentId, String author, int count, Instant last, Duration apart) {
        jdbc.update("""
                insert into segment_comment (segment_id, document_id, revision_no, author, body, created_at)
                select s.id, s.document_id, 1, ?, 'Comment ' || n,
                       cast(? as timestamptz) - (cast(? as bigint) - n) * cast(? as bigint) * interval '1 millisecond'
                from segment s, generate_series(1, ?) n where s.id = ? order by n""",
                author, Timestamp.from(last), count, apart.toMillis(), count, segmentId);
    }

    /** A thread of {@code count} comments by "bulk", one a second, the last a minute ago. */
    public static void longThread(JdbcTemplate jdbc, long segmentId, int count) {
        insert(jdbc, segmentId, "bulk", count, Instant.now().minusSeconds(60), Duration.ofSeconds(1));
    }
}
