package app.redline.quality;

import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.util.List;

/** Documents edited, submitted, annotated and approved by the demo users, for the quality tests. */
public record QualityFixture(SegmentService segments, ReviewService review, AnnotationService annotations,
                      DocumentImportService importer) {

    public List<SegmentSnapshot> importDocument(long projectId, String... sentences) {
        long documentId = DocumentFixtures.importText(importer, projectId, String.join("\n\n", sentences)).documentId();
        return Roles.as("translator", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 100));
    }

    public SegmentSnapshot edit(String user, SegmentSnapshot segment, String text) {
        SegmentSnapshot current = Roles.as(user, Role.TRANSLATOR, () -> segments.get(segment.id()));
        return Roles.as(user, Role.TRANSLATOR, () -> segments.save(segment.id(), text, current.version()));
    }

    public SegmentSnapshot editAndSubmit(String user, SegmentSnapshot segment, String text) {
        SegmentSnapshot edited = edit(user, segment, text);
        return Roles.as(user, Role.TRANSLATOR, () -> review.submit(edited.id(), edited.version()));
    }

    int latestRevision(SegmentSnapshot segment) {
        return Roles.as("reviewer", Role.REVIEWER, () -> segments.history(segment.id())).getFirst().revisionNo();
    }

    /** Marks the first occurrence of {@code marked} in the segment's latest revision. */
    public Annotation mark(SegmentSnapshot segment, String marked, ErrorCategory category, ErrorSeverity severity) {
        String text = Roles.as("reviewer", Role.REVIEWER, () -> segments.get(segment.id())).cleanText();
        int start = text.indexOf(marked);
        return Roles.as("reviewer", Role.REVIEWER, () -> annotations.annotate(segment.id(), latestRevision(segment),
                start, start + marked.length(), category, severity, null));
    }

    public SegmentSnapshot approve(SegmentSnapshot segment) {
        SegmentSnapshot current = Roles.as("reviewer", Role.REVIEWER, () -> segments.get(segment.id()));
        return Roles.as("reviewer", Role.REVIEWER,
                () -> review.approve(segment.id(), latestRevision(segment), current.version(), null));
    }
}
