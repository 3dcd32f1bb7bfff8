package app.redline.review;

import app.redline.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What waits for the signed-in reviewer: submitted segments of others, oldest first. */
@Service
public class ReviewQueueService {

    public static final int MAX_PAGE = 500;

    private final ReviewQueue queue;

    ReviewQueueService(ReviewQueue queue) {
        this.queue = queue;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueuedSegment> waitingForMe(QueueFilter filter, int offset, int limit) {
        return queue.page(CurrentUser.username(), filter == null ? QueueFilter.ALL : filter, Math.max(0, offset),
                Math.clamp(limit, 0, MAX_PAGE));
    }
}
