package app.redline.document;

import app.redline.base.StorableText;
import app.redline.base.UserMessageException;
import app.redline.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading segments page by page, and saving clean versions: every save is a revision, no save overwrites another. */
@Service
public class SegmentService {

    /** Far above any real sentence; stops pasted books and absurd API payloads. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    private final SegmentRepository segments;
    private final RevisionRepository revisions;
    private final SegmentQueries queries;
    private final DocumentArchive archive;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    SegmentService(SegmentRepository segments, RevisionRepository revisions, SegmentQueries queries,
                   DocumentArchive archive, PlatformTransactionManager transactionManager,
                   ApplicationEventPublisher events) {
        this.segments = segments;
        this.revisions = revisions;
        this.queries = queries;
        this.archive = archive;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SegmentSnapshot> page(long documentId, SegmentFilter filter, int offset, int limit) {
        return queries.page(documentId, filter, offset, Math.min(limit, 1000));
    }

    @PreAuthorize("isAuthenticated()")
    public SegmentSnapshot get(long segmentId) {
        return queries.byId(segmentId).orElseThrow(() -> new DocumentNotFoundException("segment", segmentId));
    }

    @PreAuthorize("isAuthenticated()")
    public int indexOf(SegmentSnapshot segment, SegmentFilter filter) {
        return queries.indexOf(segment.documentId(), filter, segment.position());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<SegmentSnapshot> next(SegmentSnapshot segment, SegmentFilter filter) {
        return queries.neighbour(segment.documentId(), filter, segment.position(), true);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<SegmentSnapshot> previous(SegmentSnapshot segment, SegmentFilter filter) {
        return queries.neighbour(segment.documentId(), filter, segment.position(), false);
    }

    @PreAuthorize("isAuthenticated()")
    public List<RevisionSnapshot> history(long segmentId) {
        return revisions.findBySegmentIdOrderByRevisionNoDesc(segmentId).stream().map(Revision::snapshot).toList();
    }

    /** The segment's newest revision, without reading the others (every segment has revision 1 from its import). */
    @PreAuthorize("isAuthenticated()")
    public RevisionSnapshot latestRevision(long segmentId) {
        return revisions.findFirstBySegmentIdOrderByRevisionNoDesc(segmentId).map(Revision::snapshot)
                .orElseThrow(() -> new DocumentNotFoundException("segment", segmentId));
    }

    /**
     * Saves a new clean version if the segment is still at {@code expectedVersion}; otherwise throws
     * {@link SegmentConflictException} carrying both texts. Saving the text it already has changes nothing.
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public SegmentSnapshot save(long segmentId, String text, long expectedVersion) {
        String cleanText = validated(text);
        String author = CurrentUser.username();
        try {
            return transaction.execute(status -> {
                Segment segment = loadForChange(segmentId);
                if (segment.version() != expectedVersion) {
                    throw new SegmentConflictException(cleanText, segment.snapshot());
                }
                if (segment.cleanText().equals(cleanText)) {
                    return segment.snapshot();
                }
                segment.edit(cleanText, author);
                segments.saveAndFlush(segment);
                int next = revisions.lastRevisionNo(segmentId) + 1;
                revisions.save(new Revision(segmentId, next, cleanText, author, Instant.now()));
                return published(segment.snapshot(), author);
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new SegmentConflictException(cleanText, get(segmentId));
        }
    }

    /**
     * Moves the segment to SUBMITTED, APPROVED or REJECTED if it is still at {@code expectedVersion}, else throws
     * {@link SegmentConflictException}. Only the review module calls this, after its state machine allowed the move;
     * it joins the caller's transaction so the move and its audit row are written together or not at all.
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public SegmentSnapshot changeReviewStatus(long segmentId, long expectedVersion, SegmentStatus to) {
        String actor = CurrentUser.username();
        return changeAt(segmentId, expectedVersion, actor, segment -> segment.changeReviewStatus(to, actor));
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public SegmentSnapshot markTranslatable(long segmentId, boolean translatable, long expectedVersion) {
        String author = CurrentUser.username();
        return changeAt(segmentId, expectedVersion, author, segment -> segment.markTranslatable(translatable, author));
    }

    /** Changes the segment if it is still at {@code expectedVersion}; otherwise a conflict carrying its current state. */
    private SegmentSnapshot changeAt(long segmentId, long expectedVersion, String actor, Consumer<Segment> change) {
        try {
            return transaction.execute(status -> {
                Segment segment = loadForChange(segmentId);
                if (segment.version() != expectedVersion) {
                    throw new SegmentConflictException(segment.cleanText(), segment.snapshot());
                }
                change.accept(segment);
                segments.saveAndFlush(segment);
                return published(segment.snapshot(), actor);
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            SegmentSnapshot current = get(segmentId);
            throw new SegmentConflictException(current.cleanText(), current);
        }
    }

    /** Within the transaction, so after-commit listeners hear only changes that happened. */
    private SegmentSnapshot published(SegmentSnapshot changed, String by) {
        events.publishEvent(SegmentChanged.of(changed, by));
        return changed;
    }

    /** An archived document's segments take no change, whatever the version says. */
    private Segment loadForChange(long segmentId) {
        Segment segment = load(segmentId);
        archive.lockForChange(segment.documentId()).ifPresent(archived -> {
            throw new DocumentArchivedException(segment.documentId(), archived.by(), archived.at());
        });
        return segment;
    }

    private Segment load(long segmentId) {
        return segments.findById(segmentId).orElseThrow(() -> new DocumentNotFoundException("segment", segmentId));
    }

    private static String validated(String text) {
        if (text == null) {
            throw UserMessageException.invalid("The clean text is missing.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw UserMessageException.invalid("A segment's clean text has at most " + MAX_TEXT_LENGTH
                    + " characters; this one has " + text.length() + ". Split the segment instead.");
        }
        return StorableText.require("The clean text", text);
    }
}
