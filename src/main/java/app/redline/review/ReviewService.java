package app.redline.review;

import app.redline.base.StorableText;
import app.redline.base.TrailCursor;
import app.redline.base.UserMessageException;
import app.redline.document.SegmentConflictException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.review.ReviewDecision.Allowed;
import app.redline.review.ReviewDecision.Refused;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting, approving and rejecting segments. {@link ReviewStateMachine} decides; the segment's new status and
 * its audit row are written in one transaction, and only if the segment is still at the version the actor saw.
 * Every move is published as {@link ReviewMoved} inside that transaction.
 */
@Service
public class ReviewService {

    public static final int MAX_REASON_LENGTH = 2000;

    private final SegmentService segments;
    private final ReviewSituationReader situations;
    private final ReviewEvents events;
    private final AssignedReviewersOnly assignedReviewers;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;

    ReviewService(SegmentService segments, ReviewSituationReader situations, ReviewEvents events,
                  AssignedReviewersOnly assignedReviewers, ApplicationEventPublisher publisher,
                  PlatformTransactionManager transactionManager) {
        this.segments = segments;
        this.situations = situations;
        this.events = events;
        this.assignedReviewers = assignedReviewers;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public SegmentSnapshot submit(long segmentId, long expectedVersion) {
        return act(segmentId, expectedVersion, null, ReviewAction.SUBMIT, null, null);
    }

    /**
     * Submits over open errors, or over checks that could not run, if the actor is a reviewer and states why
     * ({@code overrideReason}, else null).
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public SegmentSnapshot submit(long segmentId, long expectedVersion, String overrideReason) {
        return act(segmentId, expectedVersion, null, ReviewAction.SUBMIT, null, optionalReason(overrideReason));
    }

    /**
     * Approves {@code expectedRevisionNo}, which must still be the latest revision; over open errors or checks that
     * could not run only with a stated {@code overrideReason}.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public SegmentSnapshot approve(long segmentId, int expectedRevisionNo, long expectedVersion, String overrideReason) {
        return act(segmentId, expectedVersion, expectedRevisionNo, ReviewAction.APPROVE, null, optionalReason(overrideReason));
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public SegmentSnapshot reject(long segmentId, long expectedVersion, String reason) {
        String stated = optionalReason(reason);
        if (stated == null) {
            throw UserMessageException.invalid("Say why you reject the segment, so the translator knows what to change.");
        }
        return act(segmentId, expectedVersion, null, ReviewAction.REJECT, stated, null);
    }

    /** The segment's review trail, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> history(long segmentId) {
        return events.forSegment(segmentId);
    }

    /** Every review event of a document, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> documentEvents(long documentId) {
        return events.forDocument(documentId);
    }

    /** The segment's moves before move {@code beforeId}, newest first: a slice of its conversation. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> movesBefore(long segmentId, long beforeId, int limit) {
        return events.forSegmentBefore(segmentId, beforeId, limit);
    }

    /** The segment's moves after move {@code afterId}, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> movesAfter(long segmentId, long afterId, int limit) {
        return events.forSegmentAfter(segmentId, afterId, limit);
    }

    /** The document's moves strictly before the cursor, newest first, at most {@code limit}: its audit trail's part. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> trail(long documentId, TrailCursor before, int limit) {
        return events.trail(documentId, before, limit);
    }

    /** Per segment of the documents, the revision a reviewer approved and no rejection of it undid. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> approvedRevisions(Collection<Long> documentIds) {
        return events.approvedRevisions(documentIds);
    }

    /** Rejections by others of revisions the signed-in user wrote, newest first, at most {@code limit}. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewEvent> rejectionsOfMine(int limit) {
        return events.rejectionsOf(CurrentUser.username(), limit);
    }

    /** How many such rejections came after {@code since} (null: ever). */
    @PreAuthorize("isAuthenticated()")
    public int countRejectionsOfMine(Instant since) {
        return events.countRejectionsOf(CurrentUser.username(), since);
    }

    private SegmentSnapshot act(long segmentId, long expectedVersion, Integer expectedRevisionNo, ReviewAction action,
                                String reason, String overrideReason) {
        String actor = CurrentUser.username();
        boolean gated = action != ReviewAction.REJECT;
        ReviewSituation situation = situations.read(segmentId, actor, gated);
        SegmentSnapshot segment = situation.segment();
        int revisionNo = situation.revision().revisionNo();
        if (segment.version() != expectedVersion) {
            throw ReviewConflictException.changed(segment, revisionNo);
        }
        if (expectedRevisionNo != null && expectedRevisionNo != revisionNo) {
            throw ReviewConflictException.newerRevision(segment, revisionNo, expectedRevisionNo);
        }
        ReviewDecision decision = ReviewStateMachine.decide(segment.status(), action, currentRoles(),
                situation.facts(overrideReason != null));
        return switch (decision) {
            case Refused refused when refused.refusal() == Refusal.ROLE -> throw new AccessDeniedException(refused.message());
            case Refused refused -> throw new ReviewRefusedException(refused.refusal(), refused.message());
            case Allowed allowed -> {
                requireAssignedReviewer(segment, action, actor);
                yield record(situation, action, allowed, actor, reason, overrideReason);
            }
        };
    }

    /** A document with assigned reviewers is decided by them alone; submitting stays open to everyone. */
    private void requireAssignedReviewer(SegmentSnapshot segment, ReviewAction action, String actor) {
        if (action != ReviewAction.SUBMIT) {
            assignedReviewers.require(segment.documentId(), actor, "approve or reject its segments");
        }
    }

    private SegmentSnapshot record(ReviewSituation situation, ReviewAction action, Allowed allowed, String actor,
                                   String reason, String overrideReason) {
        SegmentSnapshot segment = situation.segment();
        // An override reason given where nothing needed overriding is not recorded: the trail shows real overrides.
        boolean overrode = allowed.overridesGate();
        ReviewEvent event = new ReviewEvent(0, segment.id(), segment.documentId(), action, segment.status(),
                allowed.to(), situation.revision().revisionNo(), actor, reason, overrode ? overrideReason : null,
                overrode ? situation.describeOverridden() : null, Instant.now());
        try {
            return transaction.execute(status -> {
                SegmentSnapshot moved = segments.changeReviewStatus(segment.id(), segment.version(), allowed.to());
                String revisionAuthor = situation.revision().author();
                events.append(event, revisionAuthor);
                publisher.publishEvent(new ReviewMoved(segment.documentId(), segment.id(), action, segment.status(),
                        allowed.to(), event.revisionNo(), revisionAuthor, actor));
                return moved;
            });
        } catch (SegmentConflictException raced) {
            throw ReviewConflictException.changed(raced.current(), situations.latestRevision(segment.id()).revisionNo());
        }
    }

    private static Set<Role> currentRoles() {
        return Arrays.stream(Role.values()).filter(role -> CurrentUser.hasRole(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** A stated reason, stripped; null when none was given. */
    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_REASON_LENGTH) {
            throw UserMessageException.invalid("A reason has at most " + MAX_REASON_LENGTH + " characters; this one has "
                    + stripped.length() + ".");
        }
        return StorableText.require("The reason", stripped);
    }
}
