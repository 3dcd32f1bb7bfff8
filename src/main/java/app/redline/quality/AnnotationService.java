package app.redline.quality;

import app.redline.base.StorableText;
import app.redline.base.TrailCursor;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentNotFoundException;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.review.Refusal;
import app.redline.review.ReviewRefusedException;
import app.redline.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * MQM-style error annotation: reviewers mark a span of a revision's clean text with a category, a severity and a
 * note, and withdraw marks that were wrong. Nothing is ever changed: withdrawing appends a withdrawal.
 */
@Service
public class AnnotationService {

    public static final int MAX_NOTE_LENGTH = 1000;

    private final SegmentService segments;
    private final Annotations annotations;

    AnnotationService(SegmentService segments, Annotations annotations) {
        this.segments = segments;
        this.annotations = annotations;
    }

    /**
     * Marks {@code start}–{@code end} (UTF-16 offsets, end exclusive; start = end marks a position, such as where
     * something was left out) of revision {@code revisionNo}. Nobody evaluates a revision they wrote.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public Annotation annotate(long segmentId, int revisionNo, int start, int end, ErrorCategory category,
                               ErrorSeverity severity, String note) {
        String reviewer = CurrentUser.username();
        SegmentSnapshot segment = segments.get(segmentId);
        if (!segment.translatable()) {
            throw new ReviewRefusedException(Refusal.NOT_TRANSLATABLE,
                    "Segment " + segment.position() + " is marked do-not-translate; it is not evaluated.");
        }
        RevisionSnapshot revision = revision(segment, revisionNo);
        if (revision.author().equals(reviewer)) {
            throw new ReviewRefusedException(Refusal.FOUR_EYES,
                    "You wrote revision " + revisionNo + ": another reviewer evaluates it.");
        }
        if (category == null || severity == null) {
            throw UserMessageException.invalid("An error needs a category and a severity.");
        }
        String text = revision.text();
        checkSpan(text, start, end);
        String statedNote = optionalText(note, "note");
        long id = annotations.insert(segmentId, segment.documentId(), revisionNo, start, end, text.substring(start, end),
                category, severity, statedNote, reviewer, Instant.now());
        return annotations.byId(id).orElseThrow();
    }

    /** Withdraws an annotation of the segment; a second withdrawal is refused, naming who withdrew it first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public Annotation withdraw(long segmentId, long annotationId, String reason) {
        String statedReason = optionalText(reason, "reason");
        Annotation annotation = annotations.byId(annotationId).filter(found -> found.segmentId() == segmentId)
                .orElseThrow(() -> new DocumentNotFoundException("annotation of segment " + segmentId, annotationId));
        if (!annotations.withdraw(annotationId, CurrentUser.username(), statedReason, Instant.now())) {
            Annotation withdrawn = annotations.byId(annotationId).orElseThrow();
            throw new ReviewRefusedException(Refusal.STATE, "This annotation was withdrawn already, by "
                    + withdrawn.withdrawal().withdrawnBy() + ".");
        }
        return annotations.byId(annotation.id()).orElseThrow();
    }

    /** The segment's annotations, newest first, withdrawn ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<Annotation> forSegment(long segmentId) {
        segments.get(segmentId); // an unknown segment is not found, not an empty list
        return annotations.forSegment(segmentId);
    }

    /** The document's error marks strictly before the cursor, newest first: a part of its audit trail. */
    @PreAuthorize("isAuthenticated()")
    public List<Annotation> markTrail(long documentId, TrailCursor before, int limit) {
        return annotations.markTrail(documentId, before, limit);
    }

    /** The withdrawals of the document's error marks strictly before the cursor, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<WithdrawnMark> withdrawalTrail(long documentId, TrailCursor before, int limit) {
        return annotations.withdrawalTrail(documentId, before, limit);
    }

    private RevisionSnapshot revision(SegmentSnapshot segment, int revisionNo) {
        List<RevisionSnapshot> history = segments.history(segment.id());
        return history.stream().filter(revision -> revision.revisionNo() == revisionNo).findFirst()
                .orElseThrow(() -> UserMessageException.invalid("Segment " + segment.position() + " has no revision "
                        + revisionNo + "; its revisions are 1 to " + history.getFirst().revisionNo() + "."));
    }

    private static void checkSpan(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw UserMessageException.invalid("The marked span " + start + "–" + end + " is not inside the revision's "
                    + text.length() + " characters (start ≥ 0, start ≤ end ≤ length).");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw UserMessageException.invalid("The marked span " + start + "–" + end + " cuts a character in half.");
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Stripped, null when blank; refused when too long or holding a NUL. */
    static String optionalText(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_NOTE_LENGTH) {
            throw UserMessageException.invalid("A " + what + " has at most " + MAX_NOTE_LENGTH + " characters; this one has "
                    + stripped.length() + ".");
        }
        return StorableText.require("The " + what, stripped);
    }
}
