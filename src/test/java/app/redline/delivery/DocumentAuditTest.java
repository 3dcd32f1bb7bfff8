package app.redline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.discussion.CommentService;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityFixture;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail holds comments and error marks as well as review moves: everything appended about a document. */
@IntegrationTest
class DocumentAuditTest {

    @Autowired DocumentAudit audit;
    @Autowired CommentService comments;
    @Autowired AnnotationService annotations;
    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void listsCommentsErrorMarksAndWithdrawalsBesideReviewMoves() {
        var fixture = new QualityFixture(segments, review, annotations, importer);
        List<SegmentSnapshot> document = fixture.importDocument(DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.");
        SegmentSnapshot submitted = fixture.editAndSubmit("translator", document.getFirst(), "The meeting reviewed the plan.");
        Roles.as("reviewer", Role.REVIEWER, () -> comments.post(submitted.id(), "@translator which plan?"));
        Annotation mark = fixture.mark(submitted, "the plan", ErrorCategory.ACCURACY, ErrorSeverity.MAJOR);
        Roles.as("reviewer2", Role.REVIEWER, () -> annotations.withdraw(submitted.id(), mark.id(), "The readout says so."));

        List<AuditEntry> entries = Roles.as("translator", Role.TRANSLATOR, () -> audit.entries(submitted.documentId(), 0, 50));

        assertThat(entries).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::segmentPosition)
                .containsExactly(tuple("ERROR_WITHDRAWN", "reviewer2", 1), tuple("ERROR_MARKED", mark.annotatedBy(), 1),
                        tuple("COMMENT", "reviewer", 1), tuple("SUBMIT", "translator", 1));
        assertThat(entries.get(1).reason()).isEqualTo("major accuracy error on “the plan”");
        assertThat(entries.get(0).reason()).endsWith("— The readout says so.");
        assertThat(entries.get(2).reason()).isEqualTo("@translator which plan?");
    }
}
