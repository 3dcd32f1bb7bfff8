package app.redline.delivery;

import app.redline.base.TrailCursor;
import app.redline.discussion.CommentService;
import app.redline.discussion.SegmentComment;
import app.redline.document.SegmentLookup;
import app.redline.document.SegmentOutline;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document's trail, newest first: review moves, sign-offs, assignment changes, comments, error marks and their
 * withdrawals, each part read from the module that keeps it, newest first from its (document, time, id) index,
 * and merged here. For a page each part reads only its newest offset + limit rows; nothing counts the trail. The
 * CSV reads every part on in chunks, so the whole trail is never in memory at once.
 */
@Component
class AuditTrail {

    private static final int CHUNK = 500;

    /** An entry with what orders it: time, then part (review moves first), then id within the part. */
    private record Row(Instant at, int part, long id, Long segmentId, AuditEntry entry) {}

    /** One part of the trail: its entries strictly before the cursor, newest first. */
    private interface Part {
        List<Row> read(long documentId, TrailCursor before, long limit);
    }

    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::at).reversed()
            .thenComparingInt(Row::part).thenComparing(Comparator.comparingLong(Row::id).reversed());

    private final List<Part> parts;
    private final SegmentLookup segments;
    private final TransactionTemplate snapshot;

    AuditTrail(ReviewService review, DocumentSignOffs signOffs, DocumentAssignments assignments, CommentService comments,
               AnnotationService annotations, SegmentLookup segments, PlatformTransactionManager transactionManager) {
        this.segments = segments;
        // One snapshot for all the reads of a CSV: every part as it stood when the file was asked for.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.parts = List.of(
                (document, before, limit) -> review.trail(document, before, clamp(limit)).stream().map(AuditTrail::move).toList(),
                (document, before, limit) -> signOffs.trail(document, before, limit).stream().map(AuditTrail::signOff).toList(),
                (document, before, limit) -> assignments.changeTrail(document, before, limit).stream()
                        .map(AuditTrail::assignment).toList(),
                (document, before, limit) -> comments.trail(document, before, clamp(limit)).stream()
                        .map(AuditTrail::comment).toList(),
                (document, before, limit) -> annotations.markTrail(document, before, clamp(limit)).stream()
                        .map(mark -> new Row(mark.createdAt(), 4, mark.id(), null, new AuditEntry(mark.createdAt(),
                                mark.annotatedBy(), "ERROR_MARKED", mark.segmentPosition(), null, null, mark.revisionNo(),
                                errorMarked(mark), null, null))).toList(),
                (document, before, limit) -> annotations.withdrawalTrail(document, before, clamp(limit)).stream()
                        .map(withdrawn -> {
                            Annotation mark = withdrawn.mark();
                            Annotation.Withdrawal withdrawal = mark.withdrawal();
                            String why = withdrawal.reason() == null ? "" : " — " + withdrawal.reason();
                            return new Row(withdrawal.withdrawnAt(), 5, withdrawn.withdrawalId(), null, new AuditEntry(
                                    withdrawal.withdrawnAt(), withdrawal.withdrawnBy(), "ERROR_WITHDRAWN",
                                    mark.segmentPosition(), null, null, mark.revisionNo(), errorMarked(mark) + why, null, null));
                        }).toList());
    }

    List<AuditEntry> page(long documentId, long offset, int limit) {
        long reach = offset + limit;
        List<Row> newest = parts.stream().flatMap(part -> part.read(documentId, TrailCursor.NEWEST, reach).stream())
                .sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
        return placed(newest);
    }

    /** Hands every entry to {@code sink}, newest first, reading each part on in chunks while merging them. */
    void each(long documentId, Consumer<AuditEntry> sink) {
        snapshot.executeWithoutResult(status -> merge(documentId, sink));
    }

    private void merge(long documentId, Consumer<AuditEntry> sink) {
        List<Reader> readers = parts.stream().map(part -> new Reader(part, documentId)).toList();
        List<Row> batch = new ArrayList<>();
        while (true) {
            Reader next = readers.stream().filter(Reader::hasNext)
                    .min(Comparator.comparing(Reader::peek, NEWEST_FIRST)).orElse(null);
            if (next == null || batch.size() == CHUNK) {
                placed(batch).forEach(sink);
                batch.clear();
            }
            if (next == null) {
                return;
            }
            batch.add(next.take());
        }
    }

    /** Fills in the segment numbers of moves and comments, one query for the rows. */
    private List<AuditEntry> placed(List<Row> rows) {
        List<Long> ids = rows.stream().map(Row::segmentId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Integer> positions = segments.outlines(ids).stream()
                .collect(Collectors.toMap(SegmentOutline::id, SegmentOutline::position));
        return rows.stream().map(row -> row.segmentId() == null ? row.entry() : withPosition(row.entry(),
                positions.get(row.segmentId()))).toList();
    }

    /** Reads one part on from where it stopped, a chunk at a time. */
    private static final class Reader {
        private final Part part;
        private final long documentId;
        private final Deque<Row> buffer = new ArrayDeque<>();
        private TrailCursor cursor = TrailCursor.NEWEST;
        private boolean exhausted;

        Reader(Part part, long documentId) {
            this.part = part;
            this.documentId = documentId;
        }

        boolean hasNext() {
            if (buffer.isEmpty() && !exhausted) {
                List<Row> rows = part.read(documentId, cursor, CHUNK);
                buffer.addAll(rows);
                exhausted = rows.size() < CHUNK;
                if (!rows.isEmpty()) {
                    cursor = new TrailCursor(rows.getLast().at(), rows.getLast().id());
                }
            }
            return !buffer.isEmpty();
        }

        Row peek() {
            return buffer.getFirst();
        }

        Row take() {
            return buffer.removeFirst();
        }
    }

    private static Row move(ReviewEvent e) {
        return new Row(e.createdAt(), 0, e.id(), e.segmentId(), new AuditEntry(e.createdAt(), e.actor(), e.action().name(),
                null, e.from().name(), e.to().name(), e.revisionNo(), e.reason(), e.overrideReason(), e.overriddenIssues()));
    }

    private static Row signOff(SignOff o) {
        return new Row(o.signedAt(), 1, o.id(), null, new AuditEntry(o.signedAt(), o.signedBy(), "SIGN_OFF", null, null,
                null, null, o.approvedSegments() + " segments approved", null, null));
    }

    private static Row assignment(AssignmentChange c) {
        return new Row(c.changedAt(), 2, c.id(), null, new AuditEntry(c.changedAt(), c.changedBy(),
                c.assigned() ? "ASSIGNED" : "UNASSIGNED", null, null, null, null,
                c.username() + " as " + c.role().name().toLowerCase(), null, null));
    }

    private static Row comment(SegmentComment m) {
        return new Row(m.createdAt(), 3, m.id(), m.segmentId(), new AuditEntry(m.createdAt(), m.author(), "COMMENT", null,
                null, null, m.revisionNo(), m.body(), null, null));
    }

    private static String errorMarked(Annotation a) {
        return a.severity().name().toLowerCase() + " " + a.category().name().toLowerCase().replace('_', ' ')
                + " error on “" + a.markedText() + "”" + (a.note() == null ? "" : ": " + a.note());
    }

    private static AuditEntry withPosition(AuditEntry e, Integer position) {
        return new AuditEntry(e.at(), e.actor(), e.action(), position, e.from(), e.to(), e.revisionNo(), e.reason(),
                e.overrideReason(), e.overriddenIssues());
    }

    private static int clamp(long limit) {
        return (int) Math.min(limit, Integer.MAX_VALUE);
    }
}
