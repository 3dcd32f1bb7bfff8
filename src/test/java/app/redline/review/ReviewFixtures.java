package app.redline.review;

import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;

/** Documents with segments in review states, for the workflow tests. */
public final class ReviewFixtures {

    private ReviewFixtures() {}

    /** The demo project: its glossary forbids "world economic BBS", an error that gates submitting and approving. */
    public static long demoProject(ProjectService projects) {
        return Roles.as("translator", Role.TRANSLATOR, projects::list).stream()
                .filter(candidate -> candidate.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
    }

    public static long importInto(DocumentImportService importer, long projectId, String text) {
        return DocumentFixtures.importText(importer, projectId, text).documentId();
    }

    public static List<SegmentSnapshot> segments(SegmentService segments, long documentId) {
        return Roles.as("translator", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 100));
    }

    public static SegmentSnapshot edit(SegmentService segments, String user, Role role, SegmentSnapshot segment, String text) {
        return Roles.as(user, role, () -> segments.save(segment.id(), text, segments.get(segment.id()).version()));
    }

    public static SegmentSnapshot editAndSubmit(SegmentService segments, ReviewService review, String user, Role role,
                                         SegmentSnapshot segment, String text) {
        return Roles.as(user, role, () -> {
            SegmentSnapshot saved = segments.save(segment.id(), text, segments.get(segment.id()).version());
            return review.submit(saved.id(), saved.version());
        });
    }
}
