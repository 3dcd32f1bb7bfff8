package app.redline.review;

import app.redline.checks.DocumentChecks;
import app.redline.document.DocumentService;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What waits for the signed-in reviewer: submitted segments of others, oldest first, of documents assigned to
 * them or to no reviewer; and which revisions they have seen, for bulk approval.
 */
@Service
public class ReviewQueueService {

    public static final int MAX_PAGE = 500;
    public static final int MAX_DOCUMENTS = 200;

    private final ReviewQueue queue;
    private final SeenRevisions seen;
    private final SegmentService segments;
    private final DocumentService documents;
    private final ProjectService projects;
    private final DocumentChecks checks;

    ReviewQueueService(ReviewQueue queue, SeenRevisions seen, SegmentService segments, DocumentService documents,
                       ProjectService projects, DocumentChecks checks) {
        this.queue = queue;
        this.seen = seen;
        this.segments = segments;
        this.documents = documents;
        this.projects = projects;
        this.checks = checks;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueuedSegment> waitingForMe(QueueFilter filter, int offset, int limit) {
        return queue.page(CurrentUser.username(), filter == null ? QueueFilter.ALL : filter, Math.max(0, offset),
                Math.clamp(limit, 0, MAX_PAGE));
    }

    /** Documents with segments waiting for me, the longest-waiting first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<WaitingDocument> documentsWaitingForMe(boolean mineOnly) {
        return queue.documents(CurrentUser.username(), mineOnly, MAX_DOCUMENTS);
    }

    /** Opens a segment for review: what the detail panel shows. Its latest revision counts as seen from now on. */
    @PreAuthorize("hasRole('REVIEWER')")
    public QueueDetail open(long segmentId) {
        SegmentSnapshot segment = segments.get(segmentId);
        RevisionSnapshot shown = markSeen(segmentId, CurrentUser.username());
        long projectId = documents.header(segment.documentId()).projectId();
        return new QueueDetail(segment, shown, projects.get(projectId).targetLanguage(), checks.segmentIssues(segmentId));
    }

    /** The reviewer saw the segment elsewhere (the editor); returns the revision number recorded as seen. */
    @PreAuthorize("hasRole('REVIEWER')")
    public int markSeen(long segmentId) {
        return markSeen(segmentId, CurrentUser.username()).revisionNo();
    }

    /** The revision shown is the one recorded: a save in between makes a newer revision, which stays unseen. */
    private RevisionSnapshot markSeen(long segmentId, String reviewer) {
        RevisionSnapshot latest = segments.latestRevision(segmentId);
        seen.markSeen(reviewer, segmentId, latest.revisionNo(), Instant.now());
        return latest;
    }
}
