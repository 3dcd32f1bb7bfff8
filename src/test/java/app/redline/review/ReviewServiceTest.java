package app.redline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentConflictException;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewServiceTest {

    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    ProjectInfo project;
    SegmentSnapshot segment;

    @BeforeEach
    void importDocument() {
        project = DocumentFixtures.newProject(projects);
        segment = importAndGetFirst(project.id(), "The meeting reviewed the annual plan.\n\nThe meeting also examined other matters.");
    }

    @Test
    void anApprovalNamesTheRevisionItApproved() {
        SegmentSnapshot draft = save("translator", Role.TRANSLATOR, "The meeting reviewed the plan for the year.", segment.version());
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), draft.version()));

        SegmentSnapshot approved = Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null));

        assertThat(submitted.status()).isEqualTo(SegmentStatus.SUBMITTED);
        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(approved.version()).isGreaterThan(submitted.version());
        assertThat(history()).extracting(ReviewEvent::action, ReviewEvent::revisionNo, ReviewEvent::actor,
                        ReviewEvent::from, ReviewEvent::to)
                .containsExactly(
                        tuple(ReviewAction.APPROVE, 2, "reviewer", SegmentStatus.SUBMITTED, SegmentStatus.APPROVED),
                        tuple(ReviewAction.SUBMIT, 2, "translator", SegmentStatus.DRAFT, SegmentStatus.SUBMITTED));
    }

    @Test
    void approvingARevisionThatIsNoLongerTheLatestIsAConflict() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 1, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewConflictException.class, conflict -> {
                    assertThat(conflict.currentRevisionNo()).isEqualTo(2);
                    assertThat(conflict.current().status()).isEqualTo(SegmentStatus.SUBMITTED);
                });
        assertThat(history()).extracting(ReviewEvent::action).containsExactly(ReviewAction.SUBMIT);
    }

    @Test
    void editingAnApprovedSegmentMakesANewDraftRevisionAndTheApprovalStaysInHistory() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");
        SegmentSnapshot approved = Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null));

        SegmentSnapshot edited = save("translator", Role.TRANSLATOR, "The meeting reviewed this year's plan.", approved.version());

        assertThat(edited.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(revisions()).extracting(RevisionSnapshot::revisionNo).containsExactly(3, 2, 1);
        assertThat(history()).first().satisfies(approval -> {
            assertThat(approval.action()).isEqualTo(ReviewAction.APPROVE);
            assertThat(approval.revisionNo()).isEqualTo(2);
        });
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 3, edited.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.STATE));
    }

    @Test
    void aReviewerCannotApproveARevisionTheyWrote() {
        SegmentSnapshot draft = save("reviewer", Role.REVIEWER, "The meeting reviewed the plan for the year.", segment.version());
        SegmentSnapshot submitted = Roles.as("reviewer", Role.REVIEWER, () -> review.submit(segment.id(), draft.version()));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FOUR_EYES));
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null)).status())
                .isEqualTo(SegmentStatus.APPROVED);
    }

    @Test
    void aReviewerWhoEditsWhileReviewingSubmitsTheEditAndAnotherReviewerApprovesIt() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");
        SegmentSnapshot reviewEdit = save("reviewer", Role.REVIEWER, "The meeting reviewed this year's plan.", submitted.version());

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 3, reviewEdit.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.FOUR_EYES);
                    assertThat(refused.getMessage()).contains("another reviewer must approve it", "Submit your edit");
                });
        SegmentSnapshot resubmitted = Roles.as("reviewer", Role.REVIEWER, () -> review.submit(segment.id(), reviewEdit.version()));
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 3, resubmitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FOUR_EYES));
        assertThat(Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(segment.id(), 3, resubmitted.version(), null)).status())
                .isEqualTo(SegmentStatus.APPROVED);
        assertThat(history()).extracting(ReviewEvent::action, ReviewEvent::actor, ReviewEvent::revisionNo)
                .containsExactly(
                        tuple(ReviewAction.APPROVE, "reviewer2", 3),
                        tuple(ReviewAction.SUBMIT, "reviewer", 3),
                        tuple(ReviewAction.SUBMIT, "translator", 2));
    }

    @Test
    void openErrorsStopSubmissionAndApprovalUntilAReviewerOverridesWithARecordedReason() {
        long demo = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(candidate -> candidate.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
        SegmentSnapshot forbidden = importAndGetFirst(demo, "The meeting discussed the world economic BBS.");

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> review.submit(forbidden.id(), forbidden.version())))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.GATE));
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> review.submit(forbidden.id(), forbidden.version(), "I think it is fine.")))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.getMessage()).contains("Only a reviewer"));

        SegmentSnapshot reviewerEdit = Roles.as("reviewer", Role.REVIEWER, () -> segments.save(forbidden.id(),
                "The meeting discussed the world economic BBS on Monday.", forbidden.version()));
        SegmentSnapshot submitted = Roles.as("reviewer", Role.REVIEWER,
                () -> review.submit(forbidden.id(), reviewerEdit.version(), "  Quoted from the forum's own notice.  "));
        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(forbidden.id(), 2, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.GATE));
        SegmentSnapshot approved = Roles.as("reviewer2", Role.REVIEWER,
                () -> review.approve(forbidden.id(), 2, submitted.version(), "The quotation keeps the notice's wording."));

        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        List<ReviewEvent> trail = Roles.as("translator", Role.TRANSLATOR, () -> review.history(forbidden.id()));
        assertThat(trail).extracting(ReviewEvent::action, ReviewEvent::actor, ReviewEvent::overrideReason)
                .containsExactly(
                        tuple(ReviewAction.APPROVE, "reviewer2", "The quotation keeps the notice's wording."),
                        tuple(ReviewAction.SUBMIT, "reviewer", "Quoted from the forum's own notice."));
        assertThat(trail).allSatisfy(event -> assertThat(event.overriddenIssues())
                .contains("glossary-forbidden").contains("\"world economic BBS\""));
    }

    @Test
    void aRejectionNeedsAReasonAndTheTranslatorEditsBeforeSubmittingAgain() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.reject(segment.id(), submitted.version(), "  ")))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER,
                () -> review.reject(segment.id(), submitted.version(), "x".repeat(ReviewService.MAX_REASON_LENGTH + 1))))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("at most");
        SegmentSnapshot rejected = Roles.as("reviewer", Role.REVIEWER,
                () -> review.reject(segment.id(), submitted.version(), "Say 'annual work plan', as in the source."));

        assertThat(rejected.status()).isEqualTo(SegmentStatus.REJECTED);
        assertThat(history().getFirst().reason()).isEqualTo("Say 'annual work plan', as in the source.");
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), rejected.version())))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.STATE));
        SegmentSnapshot fixed = save("translator", Role.TRANSLATOR, "The meeting reviewed the annual work plan.", rejected.version());
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), fixed.version())).status())
                .isEqualTo(SegmentStatus.SUBMITTED);
    }

    @Test
    void theAuditTrailIsAppendedAndTheDatabaseRefusesToChangeOrRemoveIt() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");
        Roles.as("reviewer", Role.REVIEWER, () -> review.reject(segment.id(), submitted.version(), "Needs the year."));
        SegmentSnapshot second = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(segment.documentId(), SegmentFilter.ALL, 1, 1).getFirst());
        Roles.as("translator", Role.TRANSLATOR, () -> review.submit(second.id(), second.version()));

        assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> review.documentEvents(segment.documentId())))
                .extracting(ReviewEvent::segmentId, ReviewEvent::action)
                .containsExactly(
                        tuple(second.id(), ReviewAction.SUBMIT),
                        tuple(segment.id(), ReviewAction.REJECT),
                        tuple(segment.id(), ReviewAction.SUBMIT));
        assertThatThrownBy(() -> jdbc.update("update review_event set actor = 'someone else' where segment_id = ?", segment.id()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from review_event where segment_id = ?", segment.id()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.execute("truncate review_event"))
                .hasMessageContaining("cannot be truncated");
        assertThat(history()).hasSize(2);
    }

    @Test
    void aTranslatorsSaveAndAReviewersApprovalOfTheSameVersionLetExactlyOneWinAndLoseNothing() throws Exception {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");
        String translatorsText = "The meeting reviewed the plan for the coming year.";
        var start = new CountDownLatch(1);

        Callable<Object> saving = () -> {
            start.await();
            try {
                return save("translator", Role.TRANSLATOR, translatorsText, submitted.version());
            } catch (SegmentConflictException conflict) {
                return conflict;
            }
        };
        Callable<Object> approving = () -> {
            start.await();
            try {
                return Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null));
            } catch (ReviewConflictException conflict) {
                return conflict;
            }
        };
        Object saveOutcome;
        Object approveOutcome;
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<Object> save = pool.submit(saving);
            Future<Object> approve = pool.submit(approving);
            start.countDown();
            saveOutcome = save.get();
            approveOutcome = approve.get();
        }

        SegmentSnapshot now = Roles.as("translator", Role.TRANSLATOR, () -> segments.get(segment.id()));
        if (saveOutcome instanceof SegmentSnapshot) {
            assertThat(approveOutcome).isInstanceOf(ReviewConflictException.class);
            assertThat(now.status()).isEqualTo(SegmentStatus.DRAFT);
            assertThat(now.cleanText()).isEqualTo(translatorsText);
            assertThat(history()).extracting(ReviewEvent::action).containsExactly(ReviewAction.SUBMIT);
        } else {
            assertThat(approveOutcome).isInstanceOf(SegmentSnapshot.class);
            assertThat(saveOutcome).isInstanceOfSatisfying(SegmentConflictException.class,
                    conflict -> assertThat(conflict.attemptedText()).isEqualTo(translatorsText));
            assertThat(now.status()).isEqualTo(SegmentStatus.APPROVED);
            assertThat(revisions()).hasSize(2);
            assertThat(history()).extracting(ReviewEvent::action).containsExactly(ReviewAction.APPROVE, ReviewAction.SUBMIT);
        }
    }

    @Test
    void aSaveOfTheVersionAReviewerJustApprovedIsAConflictThatReturnsTheTranslatorsText() {
        SegmentSnapshot submitted = submitEdit("The meeting reviewed the plan for the year.");
        Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 2, submitted.version(), null));

        assertThatThrownBy(() -> save("translator", Role.TRANSLATOR, "The meeting reviewed next year's plan.", submitted.version()))
                .isInstanceOfSatisfying(SegmentConflictException.class, conflict -> {
                    assertThat(conflict.attemptedText()).isEqualTo("The meeting reviewed next year's plan.");
                    assertThat(conflict.current().status()).isEqualTo(SegmentStatus.APPROVED);
                });
        assertThat(revisions()).hasSize(2);
    }

    @Test
    void eachActionIsRefusedToRolesThatMayNotTakeIt() {
        long version = segment.version();
        for (Role role : List.of(Role.GLOSSARY_MANAGER, Role.ADMIN)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> review.submit(segment.id(), version)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.TRANSLATOR, Role.GLOSSARY_MANAGER, Role.ADMIN)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> review.approve(segment.id(), 1, version, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Roles.as("someone", role, () -> review.reject(segment.id(), version, "No.")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // A reviewer passes the method's role check, but the state machine keeps the translator's revision theirs.
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.submit(segment.id(), version)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Translators submit");
        assertThat(history()).isEmpty();
    }

    @Test
    void doNotTranslateSegmentsStayOutOfReview() {
        SegmentSnapshot furniture = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.markTranslatable(segment.id(), false, segment.version()));

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), furniture.version())))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_TRANSLATABLE));
    }

    private SegmentSnapshot importAndGetFirst(long projectId, String text) {
        var imported = DocumentFixtures.importText(importer, projectId, text);
        return Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(imported.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
    }

    private SegmentSnapshot submitEdit(String text) {
        SegmentSnapshot draft = save("translator", Role.TRANSLATOR, text, segment.version());
        return Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), draft.version()));
    }

    private SegmentSnapshot save(String user, Role role, String text, long version) {
        return Roles.as(user, role, () -> segments.save(segment.id(), text, version));
    }

    private List<ReviewEvent> history() {
        return Roles.as("translator", Role.TRANSLATOR, () -> review.history(segment.id()));
    }

    private List<RevisionSnapshot> revisions() {
        return Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()));
    }
}
