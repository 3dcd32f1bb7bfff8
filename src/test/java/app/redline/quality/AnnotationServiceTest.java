package app.redline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.Refusal;
import app.redline.review.ReviewRefusedException;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AnnotationServiceTest {

    @Autowired AnnotationService annotations;
    @Autowired QualityService quality;
    @Autowired EditingTimeService editingTime;
    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    QualityFixture fixture;
    SegmentSnapshot segment;

    @BeforeEach
    void submittedSegment() {
        fixture = new QualityFixture(segments, review, annotations, importer);
        long projectId = DocumentFixtures.newProject(projects).id();
        segment = fixture.importDocument(projectId, "The meeting reviewed the annual plan.").getFirst();
        segment = fixture.editAndSubmit("translator", segment, "The meeting reviewed the plan for the year.");
    }

    @Test
    void aReviewerMarksASpanOfTheRevisionAndTheMarkedTextIsKept() {
        Annotation marked = annotate("reviewer", 2, 25, 42, " The span says less than the source. ");

        assertThat(marked.markedText()).isEqualTo("plan for the year");
        assertThat(marked.note()).isEqualTo("The span says less than the source.");
        assertThat(marked.revisionAuthor()).isEqualTo("translator");
        assertThat(marked.annotatedBy()).isEqualTo("reviewer");
        assertThat(marked.active()).isTrue();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> annotations.forSegment(segment.id())))
                .extracting(Annotation::id).containsExactly(marked.id());
    }

    @Test
    void spansOutsideTheTextUnknownRevisionsAndBadNotesAreRefusedWithAReason() {
        assertThatThrownBy(() -> annotate("reviewer", 2, -1, 3, null)).hasMessageContaining("not inside");
        assertThatThrownBy(() -> annotate("reviewer", 2, 5, 3, null)).hasMessageContaining("not inside");
        assertThatThrownBy(() -> annotate("reviewer", 2, 0, 44, null)).hasMessageContaining("43 characters");
        assertThatThrownBy(() -> annotate("reviewer", 7, 0, 3, null)).hasMessageContaining("no revision 7");
        assertThatThrownBy(() -> annotate("reviewer", 2, 0, 3, "x".repeat(AnnotationService.MAX_NOTE_LENGTH + 1)))
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> annotate("reviewer", 2, 0, 3, "bad\0note")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER,
                () -> annotations.annotate(segment.id(), 2, 0, 3, null, ErrorSeverity.MINOR, null)))
                .hasMessageContaining("category");
        // An empty span marks a position, e.g. where something was left out; the whole text is a span too.
        assertThat(annotate("reviewer", 2, 43, 43, null).markedText()).isEmpty();
        assertThat(annotate("reviewer", 1, 0, 37, null).markedText()).isEqualTo("The meeting reviewed the annual plan.");
    }

    @Test
    void onlyReviewersAnnotateAndNobodyEvaluatesTheirOwnRevision() {
        for (Role role : List.of(Role.TRANSLATOR, Role.GLOSSARY_MANAGER, Role.ADMIN)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> annotations.annotate(segment.id(), 2, 0, 3,
                    ErrorCategory.STYLE, ErrorSeverity.MINOR, null))).isInstanceOf(AccessDeniedException.class);
        }
        SegmentSnapshot reviewerEdit = Roles.as("reviewer", Role.REVIEWER,
                () -> segments.save(segment.id(), "The meeting reviewed this year's plan.", segment.version()));
        assertThatThrownBy(() -> annotate("reviewer", 3, 0, 3, null))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FOUR_EYES));
        assertThat(annotate("reviewer2", 3, 0, 3, null).revisionAuthor()).isEqualTo("reviewer");
        assertThat(reviewerEdit.version()).isGreaterThan(segment.version());
    }

    @Test
    void withdrawingAppendsAWithdrawalOnceAndOnlyReviewersWithdraw() {
        Annotation marked = annotate("reviewer", 2, 25, 42, null);

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> annotations.withdraw(segment.id(), marked.id(), "I disagree"))).isInstanceOf(AccessDeniedException.class);
        Annotation withdrawn = Roles.as("reviewer2", Role.REVIEWER,
                () -> annotations.withdraw(segment.id(), marked.id(), "The source says so."));

        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawal().withdrawnBy()).isEqualTo("reviewer2");
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("The source says so.");
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> annotations.withdraw(segment.id(), marked.id(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.STATE);
                    assertThat(refused.getMessage()).contains("reviewer2");
                });
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> annotations.withdraw(segment.id() + 1000, marked.id(), null)))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveQualityHistory() {
        Annotation marked = annotate("reviewer", 2, 25, 42, null);
        Roles.as("reviewer", Role.REVIEWER, () -> annotations.withdraw(segment.id(), marked.id(), null));
        Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(segment.id(), Duration.ofSeconds(9)));
        long projectId = Roles.as("admin", Role.ADMIN, () -> projects.list()).getFirst().id();
        Roles.as("admin", Role.ADMIN, () -> quality.saveWeights(projectId, QualityWeights.DEFAULT));

        for (String statement : List.of(
                "update quality_annotation set severity = 'MINOR' where id = " + marked.id(),
                "delete from quality_annotation where id = " + marked.id(),
                "delete from quality_annotation_withdrawal where annotation_id = " + marked.id(),
                "update quality_annotation_withdrawal set withdrawn_by = 'nobody' where annotation_id = " + marked.id(),
                "delete from editing_time where segment_id = " + segment.id(),
                "update editing_time set active_ms = 1 where segment_id = " + segment.id(),
                "update quality_settings set threshold = 999",
                "delete from quality_settings",
                "truncate quality_annotation_withdrawal",
                "truncate editing_time",
                "truncate quality_settings")) {
            assertThatThrownBy(() -> jdbc.execute(statement)).as(statement).hasMessageContaining("quality history");
        }
        assertThat(jdbc.queryForObject("select count(*) from quality_annotation_withdrawal where annotation_id = ?",
                Integer.class, marked.id())).isEqualTo(1);
    }

    private Annotation annotate(String reviewer, int revisionNo, int start, int end, String note) {
        return Roles.as(reviewer, Role.REVIEWER, () -> annotations.annotate(segment.id(), revisionNo, start, end,
                ErrorCategory.ACCURACY, ErrorSeverity.MAJOR, note));
    }
}
