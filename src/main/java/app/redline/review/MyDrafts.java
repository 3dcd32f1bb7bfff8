package app.redline.review;

import app.redline.document.SegmentLookup;
import app.redline.document.SegmentStatus;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** A user's drafts in a document: draft or rejected translatable segments whose latest revision they wrote. */
@Component
class MyDrafts {

    /** A candidate for submission as it was listed. */
    record Draft(long segmentId, int position, long version) {}

    private final SegmentLookup segments;

    MyDrafts(SegmentLookup segments) {
        this.segments = segments;
    }

    List<Draft> of(String author, long documentId) {
        return segments.lastRevisedBy(documentId, author, EnumSet.of(SegmentStatus.DRAFT, SegmentStatus.REJECTED))
                .stream().map(segment -> new Draft(segment.id(), segment.position(), segment.version())).toList();
    }
}
