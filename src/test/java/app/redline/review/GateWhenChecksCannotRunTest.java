package app.redline.review;

import static app.redline.review.ReviewFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.LanguageToolDown;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.checks.CheckRunner;
import app.redline.checks.DismissalService;
import app.redline.checks.DocumentChecks;
import app.redline.checks.Issue;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import app.redline.delivery.AssignmentService;

/**
 * LanguageTool is down: a text with a grammar error is neither submitted nor approved as if it had been checked.
 * Every path that submits or approves refuses it like open errors, naming the check; a reviewer goes ahead only with
 * a reason, recorded with which check did not run.
 */
@LanguageToolDown
class GateWhenChecksCannotRunTest {

    static final String NOT_RUN = "The grammar check could not run (LanguageTool is not answering), so errors cannot be ruled out";

    @Autowired ReviewService review;
    @Autowired BulkReviewService bulk;
    @Autowired ReviewQueueService queue;
    @Autowired AssignmentService assignments;
    @Autowired DocumentChecks checks;
    @Autowired DismissalService dismissals;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    long document;
    List<SegmentSnapshot> rows;

    @BeforeEach
    void importDocument() {
        document = ReviewFixtures.importInto(importer, DocumentFixtures.newProject(projects).id(),
                "The delegates has arrived.\n\nThe talks goes on.");
        rows = ReviewFixtures.segments(segments, document);
    }

    @Test
    void theSavedTextCarriesTheFailureNotAnAllClear() {
        SegmentSnapshot draft = edit(segments, "translator", Role.TRANSLATOR, rows.get(0), "The delegates has arrived today.");

        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> checks.segmentIssues(draft.id())))
                .filteredOn(CheckRunner::couldNotRun).extracting(Issue::checkId).containsExactly("languagetool");
    }

    @Test
    void aTranslatorCannotSubmitNorOverrideAndNothingIsRecorded() {
        SegmentSnapshot draft = edit(segments, "translator", Role.TRANSLATOR, rows.get(0), "The delegates has arrived today.");

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> review.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).startsWith(NOT_RUN + ": ").contains("A reviewer may go ahead");
                });
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> review.submit(draft.id(), draft.version(), "It reads fine to me.")))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).contains("Only a reviewer");
                });

        assertThat(status(draft)).isEqualTo(SegmentStatus.DRAFT);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> review.history(draft.id()))).isEmpty();
    }

    @Test
    void aReviewerSubmitsAndAnotherApprovesOnlyWithAReasonRecordedWithTheCheckThatDidNotRun() {
        SegmentSnapshot reviewerDraft = edit(segments, "reviewer", Role.REVIEWER, rows.get(0), "The delegates has arrived today.");
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> review.submit(reviewerDraft.id(), reviewerDraft.version())))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).startsWith(NOT_RUN + ": ").contains("state a reason");
                });
        SegmentSnapshot submitted = Roles.as("reviewer", Role.REVIEWER,
                () -> review.submit(reviewerDraft.id(), reviewerDraft.version(), "Checked by hand; LanguageTool is down."));

        assertThatThrownBy(() -> Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(submitted.id(), 2, submitted.version(), null)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).startsWith(NOT_RUN + ": it can be approved once the check runs again");
                });
        SegmentSnapshot approved = Roles.as("reviewer2", Role.REVIEWER,
                () -> review.approve(submitted.id(), 2, submitted.version(), "Read it twice; the grammar is right."));

        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        List<ReviewEvent> trail = Roles.as("translator", Role.TRANSLATOR, () -> review.history(submitted.id()));
        assertThat(trail).extracting(ReviewEvent::action, ReviewEvent::actor, ReviewEvent::overrideReason).containsExactly(
                tuple(ReviewAction.APPROVE, "reviewer2", "Read it twice; the grammar is right."),
                tuple(ReviewAction.SUBMIT, "reviewer", "Checked by hand; LanguageTool is down."));
        assertThat(trail).allSatisfy(event -> assertThat(event.overriddenIssues())
                .contains("languagetool/check-failed: The grammar check could not run (LanguageTool is not answering)"));
    }

    @Test
    void submitMyDraftsSkipsWhatCouldNotBeCheckedAndSaysWhy() {
        edit(segments, "translator", Role.TRANSLATOR, rows.get(0), "The delegates has arrived today.");

        DraftSubmission result = Roles.as("translator", Role.TRANSLATOR, () -> bulk.submitMyDrafts(document));

        assertThat(result.submitted()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skipped -> assertThat(skipped.reason()).startsWith(NOT_RUN));
    }

    @Test
    void approveSelectionRefusesTheWholeSelectionAndTheQueueCountsTheSegmentAsHavingErrors() {
        List<SegmentSnapshot> submitted = rows.stream().map(row -> Roles.as("reviewer2", Role.REVIEWER, () -> {
            SegmentSnapshot saved = segments.save(row.id(), row.readout() + " Edited.", row.version());
            return review.submit(saved.id(), saved.version(), "Checked by hand.");
        })).toList();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(document, List.of(), List.of("reviewer")));
        submitted.forEach(segment -> Roles.as("reviewer", Role.REVIEWER, () -> queue.open(segment.id())));
        var withErrors = new QueueFilter(false, null, QueueFilter.Issues.ERRORS, true);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> queue.waitingForMe(withErrors, 0, ReviewQueueService.MAX_PAGE)))
                .filteredOn(queued -> queued.documentId() == document)
                .extracting(QueuedSegment::segmentId).containsExactlyElementsOf(submitted.stream().map(SegmentSnapshot::id).toList());

        var selection = submitted.stream().map(segment -> new SelectedRevision(segment.id(), 2, segment.version())).toList();
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).startsWith("Nothing was approved; segment 1 of").contains(NOT_RUN);
                });
        submitted.forEach(segment -> assertThat(status(segment)).isEqualTo(SegmentStatus.SUBMITTED));
    }

    @Test
    void aCheckThatCouldNotRunCannotBeDismissedToOpenTheGate() {
        SegmentSnapshot draft = edit(segments, "translator", Role.TRANSLATOR, rows.get(0), "The delegates has arrived today.");
        Issue failure = Roles.as("translator", Role.TRANSLATOR, () -> checks.segmentIssues(draft.id())).stream()
                .filter(CheckRunner::couldNotRun).findFirst().orElseThrow();

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> dismissals.dismiss(draft.id(), draft.cleanText(), failure, "LanguageTool is down anyway.")))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("could not run");
    }

    private SegmentStatus status(SegmentSnapshot segment) {
        return Roles.as("translator", Role.TRANSLATOR, () -> segments.get(segment.id())).status();
    }
}
