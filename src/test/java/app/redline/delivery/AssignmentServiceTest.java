package app.redline.delivery;

import static app.redline.review.ReviewFixtures.editAndSubmit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.review.QueueFilter;
import app.redline.review.QueuedSegment;
import app.redline.review.Refusal;
import app.redline.review.ReviewFixtures;
import app.redline.review.ReviewQueueService;
import app.redline.review.ReviewRefusedException;
import app.redline.review.ReviewService;
import app.redline.review.WaitingDocument;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AssignmentServiceTest {

    @Autowired AssignmentService assignments;
    @Autowired ReviewService review;
    @Autowired SignOffService signOffs;
    @Autowired ReviewQueueService queue;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    long project;

    @BeforeEach
    void newProject() {
        project = DocumentFixtures.newProject(projects).id();
    }

    @Test
    void onlyTheAssignedReviewersApproveOrRejectAndTheRefusalNamesThem() {
        long document = ReviewFixtures.importInto(importer, project, "The plenum opened today.\n\nThe plenum closed today.");
        List<SegmentSnapshot> rows = ReviewFixtures.segments(segments, document);
        SegmentSnapshot first = editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(0), "The plenum opened.");
        SegmentSnapshot second = editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(1), "The plenum closed.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("translator"), List.of("reviewer2")));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(first.id(), 2, first.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.NOT_ASSIGNED);
                    assertThat(refused.getMessage()).contains("reviewer2");
                });
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.reject(first.id(), first.version(), "No.")))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_ASSIGNED));

        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(first.id(), 2, first.version(), null)).status())
                .isEqualTo(SegmentStatus.APPROVED);
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> review.reject(second.id(), second.version(), "Say when.")).status())
                .isEqualTo(SegmentStatus.REJECTED);
    }

    @Test
    void onlyTheAssignedReviewersSignTheDocumentOff() {
        long document = ReviewFixtures.importInto(importer, project, "The session ended.");
        SegmentSnapshot submitted = editAndSubmit(segments, review, "translator", Role.TRANSLATOR,
                ReviewFixtures.segments(segments, document).getFirst(), "The session has ended.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of(), List.of("reviewer2")));
        Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(submitted.id(), 2, submitted.version(), null));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> signOffs.signOff(document)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.NOT_ASSIGNED);
                    assertThat(refused.getMessage()).contains("reviewer2");
                });
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> signOffs.signOff(document)).signedBy()).isEqualTo("reviewer2");
    }

    @Test
    void unassignedTranslatorsStillEditAndSubmit() {
        long document = ReviewFixtures.importInto(importer, project, "The delegates arrived.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("translator"), List.of()));

        SegmentSnapshot submitted = editAndSubmit(segments, review, "translator2", Role.TRANSLATOR,
                ReviewFixtures.segments(segments, document).getFirst(), "The delegates have arrived.");

        assertThat(submitted.status()).isEqualTo(SegmentStatus.SUBMITTED);
    }

    @Test
    void aReviewersQueueHoldsDocumentsAssignedToThemAndThoseWithNoReviewer() {
        long theirs = ReviewFixtures.importInto(importer, project, "Assigned to someone else.");
        long mine = ReviewFixtures.importInto(importer, project, "Assigned to me.");
        long open = ReviewFixtures.importInto(importer, project, "Assigned to no reviewer.");
        for (long document : List.of(theirs, mine, open)) {
            editAndSubmit(segments, review, "translator", Role.TRANSLATOR, ReviewFixtures.segments(segments, document).getFirst(),
                    "Edited " + document + ".");
        }
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(theirs, List.of(), List.of("reviewer2")));
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(mine, List.of(), List.of("reviewer", "reviewer2")));

        assertThat(queuedDocuments(QueueFilter.ALL)).containsExactlyInAnyOrder(mine, open);
        assertThat(queuedDocuments(new QueueFilter(false, null, QueueFilter.Issues.ANY, true))).containsExactly(mine);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> queue.documentsWaitingForMe(false)))
                .extracting(WaitingDocument::documentId).contains(mine, open).doesNotContain(theirs);
    }

    @Test
    void administratorsAssignAnyDocumentReviewersOnlyOnesTheyAreAssignedToOthersNever() {
        long document = ReviewFixtures.importInto(importer, project, "Who may assign.");
        for (Role role : List.of(Role.TRANSLATOR, Role.GLOSSARY_MANAGER)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> assignments.assign(document, List.of("translator"), List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> assignments.assign(document, List.of("translator"), List.of("reviewer"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("no assigned reviewer")
                .hasMessageContaining("only an administrator");
        assertThat(Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("translator2"), List.of("reviewer"))))
                .satisfies(assignees -> {
                    assertThat(assignees.translators()).containsExactly("translator2");
                    assertThat(assignees.reviewers()).containsExactly("reviewer");
                });
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> assignments.assign(document, List.of("translator"), List.of("reviewer", "reviewer2"))).translators())
                .containsExactly("translator");
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> assignments.assign(document, List.of("translator"), List.of("reviewer2"))).reviewers())
                .as("an assigned reviewer may hand the review over").containsExactly("reviewer2");
    }

    @Test
    void aReviewerRefusedAsNotAssignedCannotTakeTheDocumentOverAndTheRefusalChangesNothing() {
        long document = ReviewFixtures.importInto(importer, project, "Not yours to take.");
        SegmentSnapshot submitted = editAndSubmit(segments, review, "translator", Role.TRANSLATOR,
                ReviewFixtures.segments(segments, document).getFirst(), "Not yours to take over.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("translator"), List.of("reviewer")));
        List<AssignmentChange> trailBefore = Roles.as("reviewer2", Role.REVIEWER, () -> assignments.changes(document));
        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(submitted.id(), 2, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_ASSIGNED));

        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> assignments.assign(document, List.of("translator"), List.of("reviewer2"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only an administrator or the document's assigned reviewers (reviewer) change who works on it.");

        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> assignments.assignees(document)).reviewers()).containsExactly("reviewer");
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> assignments.changes(document))).isEqualTo(trailBefore);
        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(submitted.id(), 2, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_ASSIGNED));
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> segments.get(submitted.id())).status()).isEqualTo(SegmentStatus.SUBMITTED);
    }

    @Test
    void onlyHoldersOfTheRoleCanBeAssigned() {
        long document = ReviewFixtures.importInto(importer, project, "Role holders only.");

        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of(), List.of("translator"))))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("Not a reviewer").hasMessageContaining("translator");
        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("nobody-here"), List.of())))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("nobody-here");
        assertThat(Roles.as("admin", Role.ADMIN, () -> assignments.assignees(document))).isEqualTo(Assignees.none(document));
    }

    @Test
    void everyAssignmentChangeIsAppendedAndCannotBeRewritten() {
        long document = ReviewFixtures.importInto(importer, project, "An assignment trail.");
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of("translator"), List.of("reviewer")));
        Roles.as("reviewer", Role.REVIEWER, () -> assignments.assign(document, List.of("translator2"), List.of("reviewer")));
        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> assignments.assign(document, List.of(), List.of("reviewer2"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> assignments.changes(document)))
                .extracting(AssignmentChange::username, AssignmentChange::role, AssignmentChange::assigned, AssignmentChange::changedBy)
                .containsExactly(
                        tuple("translator2", Role.TRANSLATOR, true, "reviewer"),
                        tuple("translator", Role.TRANSLATOR, false, "reviewer"),
                        tuple("reviewer", Role.REVIEWER, true, "admin"),
                        tuple("translator", Role.TRANSLATOR, true, "admin"));
        assertThatThrownBy(() -> jdbc.update("update document_assignment_change set changed_by = 'x' where document_id = ?", document))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from document_assignment_change where document_id = ?", document))
                .hasMessageContaining("cannot be changed or deleted");
        assertThat(Roles.as("translator2", Role.TRANSLATOR, () -> assignments.myDocuments(Role.TRANSLATOR))).contains(document);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> assignments.myDocuments(Role.TRANSLATOR))).doesNotContain(document);
    }

    private List<Long> queuedDocuments(QueueFilter filter) {
        return Roles.as("reviewer", Role.REVIEWER, () -> queue.waitingForMe(filter, 0, ReviewQueueService.MAX_PAGE)).stream()
                .map(QueuedSegment::documentId).distinct().filter(id -> projectOf(id) == project).toList();
    }

    private long projectOf(long documentId) {
        return jdbc.queryForObject("select project_id from document where id = ?", Long.class, documentId);
    }
}
