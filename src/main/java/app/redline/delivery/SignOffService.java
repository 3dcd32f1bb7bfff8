package app.redline.delivery;

import app.redline.document.DocumentService;
import app.redline.document.SegmentLookup;
import app.redline.document.SegmentStatus;
import app.redline.document.StatusCounts;
import app.redline.review.AssignedReviewersOnly;
import app.redline.review.Refusal;
import app.redline.review.ReviewRefusedException;
import app.redline.security.CurrentUser;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where documents stand, and their sign-off by a reviewer once every translatable segment is approved. A sign-off
 * records the latest segment change it saw and holds while none came after, so an edit after sign-off (or one
 * that raced it) un-signs the document.
 */
@Service
public class SignOffService {

    private final DocumentService documents;
    private final SegmentLookup segments;
    private final DocumentSignOffs signOffs;
    private final AssignedReviewersOnly assignedReviewers;

    SignOffService(DocumentService documents, SegmentLookup segments, DocumentSignOffs signOffs,
                   AssignedReviewersOnly assignedReviewers) {
        this.documents = documents;
        this.segments = segments;
        this.signOffs = signOffs;
        this.assignedReviewers = assignedReviewers;
    }

    /** Counts and state of each document; documents without segments count as empty. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, DocumentProgress> progress(Collection<Long> documentIds) {
        Map<Long, StatusCounts> counts = segments.statusCounts(documentIds);
        Map<Long, DocumentSignOffs.Latest> latest = signOffs.latest(documentIds);
        var result = new LinkedHashMap<Long, DocumentProgress>();
        for (long id : documentIds) {
            StatusCounts count = counts.get(id);
            DocumentSignOffs.Latest signOff = latest.get(id);
            boolean holds = signOff != null && !count.translatable().isEmpty()
                    && !changedAfter(count.lastChange(), signOff.signedChangeAt());
            result.put(id, new DocumentProgress(id, count.translatable(), holds));
        }
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentProgress progress(long documentId) {
        documents.header(documentId); // not found rather than an empty document
        return progress(List.of(documentId)).get(documentId);
    }

    /** Signs the document off; refused unless every translatable segment is approved, and to unassigned reviewers. */
    @PreAuthorize("hasRole('REVIEWER')")
    public SignOff signOff(long documentId) {
        documents.requireActive(documentId);
        String reviewer = CurrentUser.username();
        assignedReviewers.require(documentId, reviewer, "sign it off");
        StatusCounts counts = segments.statusCounts(List.of(documentId)).get(documentId);
        var progress = new DocumentProgress(documentId, counts.translatable(), false);
        if (progress.approved() != progress.translatable()) {
            throw new ReviewRefusedException(Refusal.STATE, "Only a document whose translatable segments are all "
                    + "approved can be signed off: " + progress(documentId).summary() + ".");
        }
        return signOffs.append(documentId, reviewer, Instant.now(), progress.count(SegmentStatus.APPROVED),
                counts.lastChange());
    }

    /** The document's sign-offs, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SignOff> signOffs(long documentId) {
        return signOffs.forDocument(documentId);
    }

    private static boolean changedAfter(Instant changedAt, Instant signedChangeAt) {
        return changedAt != null && (signedChangeAt == null || changedAt.isAfter(signedChangeAt));
    }
}
