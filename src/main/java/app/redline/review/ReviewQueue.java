package app.redline.review;

import app.redline.checks.CheckRunner;
import app.redline.checks.DocumentChecks;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.document.StatusQuery;
import app.redline.document.WaitingSegment;
import app.redline.document.WaitingSegments;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Submitted segments a reviewer may decide on, oldest first: never their own (four eyes: neither submitted by
 * them nor with a latest revision they wrote), and of documents assigned to them or to no reviewer at all. The
 * document module lists them page by page through its partial index on submitted segments; what the queue adds
 * comes from its owners: earlier rejections and seen revisions from this module's records, issues from the checks
 * module's stored results. A filter on those reads the list on in chunks until the page is full.
 */
@Component
class ReviewQueue {

    private static final int CHUNK = 500;

    private final WaitingSegments waiting;
    private final ReviewerAssignments assignments;
    private final ReviewEvents events;
    private final SeenRevisions seen;
    private final DocumentChecks checks;

    ReviewQueue(WaitingSegments waiting, ReviewerAssignments assignments, ReviewEvents events, SeenRevisions seen,
                DocumentChecks checks) {
        this.waiting = waiting;
        this.assignments = assignments;
        this.events = events;
        this.seen = seen;
        this.checks = checks;
    }

    List<QueuedSegment> page(String reviewer, QueueFilter filter, int offset, int limit) {
        StatusQuery query = query(reviewer, filter.translator(), filter.mineOnly());
        if (limit == 0) {
            return List.of();
        }
        if (!filter.rejectedBefore() && filter.issues() == QueueFilter.Issues.ANY) {
            return describe(reviewer, waiting.page(query, offset, limit));
        }
        List<WaitingSegment> matching = new ArrayList<>();
        int skipped = 0;
        for (int from = 0; ; from += CHUNK) {
            List<WaitingSegment> chunk = waiting.page(query, from, CHUNK);
            Predicate<WaitingSegment> passes = filterOf(filter, chunk);
            for (WaitingSegment candidate : chunk) {
                if (!passes.test(candidate)) {
                    continue;
                }
                if (skipped < offset) {
                    skipped++;
                } else if (matching.add(candidate) && matching.size() == limit) {
                    return describe(reviewer, matching);
                }
            }
            if (chunk.size() < CHUNK) {
                return describe(reviewer, matching);
            }
        }
    }

    /** Documents with segments waiting for the reviewer, the longest-waiting first. */
    List<WaitingDocument> documents(String reviewer, boolean mineOnly, int limit) {
        return waiting.documents(query(reviewer, null, mineOnly), limit).stream()
                .map(found -> new WaitingDocument(found.documentId(), found.title(), found.segments(), found.oldestChange()))
                .toList();
    }

    private StatusQuery query(String reviewer, String translator, boolean mineOnly) {
        return mineOnly
                ? new StatusQuery(SegmentStatus.SUBMITTED, reviewer, translator, assignments.assignedTo(reviewer), Set.of())
                : new StatusQuery(SegmentStatus.SUBMITTED, reviewer, translator, null, assignments.closedTo(reviewer));
    }

    private Predicate<WaitingSegment> filterOf(QueueFilter filter, List<WaitingSegment> chunk) {
        Predicate<WaitingSegment> passes = candidate -> true;
        if (filter.rejectedBefore()) {
            Set<Long> rejected = events.everRejected(ids(chunk));
            passes = passes.and(candidate -> rejected.contains(candidate.segment().id()));
        }
        if (filter.issues() != QueueFilter.Issues.ANY) {
            Set<Severity> severities = filter.issues() == QueueFilter.Issues.ERRORS
                    ? EnumSet.of(Severity.ERROR) : EnumSet.of(Severity.ERROR, Severity.WARNING);
            Map<Long, List<Issue>> issues = checks.lastStoredIssues(segments(chunk));
            passes = passes.and(candidate -> count(issues.get(candidate.segment().id()), severities) > 0);
        }
        return passes;
    }

    private List<QueuedSegment> describe(String reviewer, List<WaitingSegment> page) {
        Set<Long> rejected = events.everRejected(ids(page));
        Set<SeenRevisions.SegmentRevision> opened = seen.seenAmong(reviewer, page.stream()
                .map(row -> new SeenRevisions.SegmentRevision(row.segment().id(), row.latestRevisionNo())).toList());
        Map<Long, List<Issue>> issues = checks.lastStoredIssues(segments(page));
        var errorsAndWarnings = EnumSet.of(Severity.ERROR, Severity.WARNING);
        return page.stream().map(row -> {
            SegmentSnapshot segment = row.segment();
            return new QueuedSegment(segment.id(), segment.documentId(), row.documentTitle(), segment.position(),
                    segment.readout(), segment.cleanText(), segment.updatedBy(), segment.updatedAt(),
                    rejected.contains(segment.id()), row.latestRevisionNo(), segment.version(),
                    opened.contains(new SeenRevisions.SegmentRevision(segment.id(), row.latestRevisionNo())),
                    count(issues.get(segment.id()), errorsAndWarnings));
        }).toList();
    }

    /** Issues of these severities; a check that could not run counts too, as it may have missed one. */
    private static int count(List<Issue> issues, Set<Severity> severities) {
        return issues == null ? 0 : (int) issues.stream()
                .filter(issue -> severities.contains(issue.severity()) || CheckRunner.couldNotRun(issue)).count();
    }

    private static List<Long> ids(List<WaitingSegment> rows) {
        return rows.stream().map(row -> row.segment().id()).toList();
    }

    private static List<SegmentSnapshot> segments(List<WaitingSegment> rows) {
        return rows.stream().map(WaitingSegment::segment).toList();
    }
}
