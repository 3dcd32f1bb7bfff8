package app.redline.review;

import app.redline.base.UserMessageException;
import app.redline.document.DocumentService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.security.AccessDeniedReasons;
import app.redline.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review moves over many segments, each through {@link ReviewService} so every single-segment rule and gate
 * still applies: submit all my drafts (each on its own, skipping what the rules refuse), and approve a
 * selection (all or nothing, and only revisions the reviewer has opened).
 */
@Service
public class BulkReviewService {

    public static final int MAX_SELECTION = 500;

    private final ReviewService review;
    private final MyDrafts drafts;
    private final SeenRevisions seen;
    private final DocumentService documents;
    private final SegmentService segments;
    private final TransactionTemplate transaction;

    BulkReviewService(ReviewService review, MyDrafts drafts, SeenRevisions seen, DocumentService documents,
                      SegmentService segments, PlatformTransactionManager transactionManager) {
        this.review = review;
        this.drafts = drafts;
        this.seen = seen;
        this.documents = documents;
        this.segments = segments;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Submits every draft or rejected segment of the document whose latest revision I wrote. Each goes through the
     * usual submit with no override: segments with open errors, or rejected ones not edited since, are skipped
     * with the reason the rules gave.
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public DraftSubmission submitMyDrafts(long documentId) {
        documents.header(documentId);
        var submitted = new ArrayList<DraftSubmission.Submitted>();
        var skipped = new ArrayList<DraftSubmission.Skipped>();
        for (MyDrafts.Draft draft : drafts.of(CurrentUser.username(), documentId)) {
            try {
                review.submit(draft.segmentId(), draft.version());
                submitted.add(new DraftSubmission.Submitted(draft.segmentId(), draft.position()));
            } catch (ReviewRefusedException | ReviewConflictException refused) {
                skipped.add(new DraftSubmission.Skipped(draft.segmentId(), draft.position(), refused.getMessage()));
            } catch (AccessDeniedException denied) {
                skipped.add(new DraftSubmission.Skipped(draft.segmentId(), draft.position(),
                        AccessDeniedReasons.explain(denied)));
            }
        }
        return new DraftSubmission(submitted, skipped);
    }

    /**
     * Approves every selected revision in one transaction, or none. Refused as a whole when one was not opened by
     * this reviewer, is no longer the latest revision or version, has open errors, or is refused by any other
     * rule; the message names the segment.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<SegmentSnapshot> approveSelection(List<SelectedRevision> selection) {
        if (selection == null || selection.isEmpty()) {
            throw UserMessageException.invalid("Select the segments to approve.");
        }
        if (selection.size() > MAX_SELECTION) {
            throw UserMessageException.invalid("Approve at most " + MAX_SELECTION + " segments at once.");
        }
        Set<Long> distinct = new HashSet<>();
        for (SelectedRevision selected : selection) {
            if (!distinct.add(selected.segmentId())) {
                throw UserMessageException.invalid("Segment id " + selected.segmentId() + " is selected twice.");
            }
        }
        requireSeen(selection);
        return transaction.execute(status -> {
            var approved = new ArrayList<SegmentSnapshot>();
            for (SelectedRevision selected : selection) {
                approved.add(approveOne(selected));
            }
            return approved;
        });
    }

    private SegmentSnapshot approveOne(SelectedRevision selected) {
        try {
            return review.approve(selected.segmentId(), selected.revisionNo(), selected.version(), null);
        } catch (ReviewRefusedException refused) {
            throw new ReviewRefusedException(refused.refusal(), nothingApproved(selected.segmentId()) + refused.getMessage());
        } catch (ReviewConflictException conflict) {
            throw new ReviewConflictException(nothingApproved(selected.segmentId()) + conflict.getMessage(),
                    conflict.current(), conflict.currentRevisionNo());
        }
    }

    /** No blind approval: each revision must have been opened by this reviewer (queue detail or editor). */
    private void requireSeen(List<SelectedRevision> selection) {
        var asked = selection.stream()
                .map(selected -> new SeenRevisions.SegmentRevision(selected.segmentId(), selected.revisionNo())).toList();
        Set<SeenRevisions.SegmentRevision> opened = seen.seenAmong(CurrentUser.username(), asked);
        List<String> unseen = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (SeenRevisions.SegmentRevision revision : asked) {
            if (!opened.contains(revision)) {
                unseen.add(describe(revision.segmentId(), titles) + " (revision " + revision.revisionNo() + ")");
            }
        }
        if (!unseen.isEmpty()) {
            throw new ReviewRefusedException(Refusal.NOT_SEEN, "Nothing was approved: you have not opened "
                    + String.join(", ", unseen) + ". Open each segment (its detail in the queue, or in the editor) "
                    + "before you approve it with others.");
        }
    }

    private String nothingApproved(long segmentId) {
        return "Nothing was approved; " + describe(segmentId, new HashMap<>()) + ": ";
    }

    /** "segment 12 of “Title”", for messages that must say which one. */
    private String describe(long segmentId, Map<Long, String> titles) {
        SegmentSnapshot segment = segments.get(segmentId);
        String title = titles.computeIfAbsent(segment.documentId(), id -> documents.header(id).title());
        return "segment " + segment.position() + " of “" + title + "”";
    }
}
