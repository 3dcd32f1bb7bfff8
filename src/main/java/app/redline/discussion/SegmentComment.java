package app.redline.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One comment of a segment's thread.
 *
 * @param revisionNo the revision the author was looking at
 * @param mentions   the existing users the body mentioned with {@code @username}, sorted
 */
public record SegmentComment(long id, long segmentId, long documentId, int revisionNo, String author, String body,
                             Instant createdAt, List<String> mentions) {

    public SegmentComment {
        mentions = List.copyOf(mentions);
    }
}
