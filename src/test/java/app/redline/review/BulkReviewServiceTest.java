package app.redline.review;

import static app.redline.review.ReviewFixtures.edit;
import static app.redline.review.ReviewFixtures.editAndSubmit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import app.redline.delivery.AssignmentService;

@IntegrationTest
class BulkReviewServiceTest {

    @Autowired BulkReviewService bulk;
    @Autowired ReviewService review;
    @Autowired ReviewQueueService queue;
    @Autowired AssignmentService assignments;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void submitMyDraftsSubmitsWhatTheRulesAllowAndSaysWhyTheRestWasSkipped() {
        long document = ReviewFixtures.importInto(importer, ReviewFixtures.demoProject(projects), """
                The mayor opened the fair.

                The fair drew many visitors.

                Trade talks were held.

                The visitors left late.

                The fair closed on Sunday.""");
        List<SegmentSnapshot> rows = ReviewFixtures.segments(segments, document);
        edit(segments, "translator", Role.TRANSLATOR, rows.get(0), "The mayor opened the trade fair.");
        edit(segments, "translator2", Role.TRANSLATOR, rows.get(1), "The fair drew many visitors, edited by someone else.");
        edit(segments, "translator", Role.TRANSLATOR, rows.get(2), "Talks were held at the world economic BBS.");
        SegmentSnapshot submitted = editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(4), "The fair closed on Sunday evening.");
        Roles.as("reviewer", Role.REVIEWER, () -> review.reject(submitted.id(), submitted.version(), "Which Sunday?"));

        DraftSubmission result = Roles.as("translator", Role.TRANSLATOR, () -> bulk.submitMyDrafts(document));

        assertThat(result.submitted()).extracting(DraftSubmission.Submitted::position).containsExactly(1);
        assertThat(result.skipped()).extracting(DraftSubmission.Skipped::position).containsExactly(3, 5);
        assertThat(result.skipped().get(0).reason()).contains("open errors");
        assertThat(result.skipped().get(1).reason()).contains("edit it before you submit it again");
        assertThat(ReviewFixtures.segments(segments, document)).extracting(SegmentSnapshot::status).containsExactly(
                SegmentStatus.SUBMITTED, SegmentStatus.DRAFT, SegmentStatus.DRAFT, SegmentStatus.NEW, SegmentStatus.REJECTED);
        assertThat(result.summary()).isEqualTo("1 submitted, 2 skipped");
    }

    @Test
    void submitMyDraftsIsForTranslatorsAndReviewers() {
        long document = ReviewFixtures.importInto(importer, DocumentFixtures.newProject(projects).id(), "Nothing to submit.");
        for (Role role : List.of(Role.GLOSSARY_MANAGER, Role.ADMIN)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> bulk.submitMyDrafts(document)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> bulk.submitMyDrafts(document)).submitted()).isEmpty();
    }

    @Test
    void approvesASelectionOfOpenedRevisionsTogether() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        Roles.as("reviewer", Role.REVIEWER, () -> queue.open(submitted.get(0).id()));
        Roles.as("reviewer", Role.REVIEWER, () -> queue.markSeen(submitted.get(1).id())); // opened in the editor
        long documentId = submitted.get(0).documentId();
        Roles.as("admin", Role.ADMIN, () -> assignments.assign(documentId, List.of(), List.of("reviewer")));
        var mine = new QueueFilter(false, null, QueueFilter.Issues.ANY, true);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> queue.waitingForMe(mine, 0, ReviewQueueService.MAX_PAGE))
                .stream().filter(queued -> queued.documentId() == documentId))
                .extracting(QueuedSegment::seenByMe).containsExactly(true, true);

        List<SegmentSnapshot> approved = Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection(submitted)));

        assertThat(approved).extracting(SegmentSnapshot::status).containsOnly(SegmentStatus.APPROVED);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> review.history(submitted.get(1).id())).getFirst().action())
                .isEqualTo(ReviewAction.APPROVE);
    }

    @Test
    void aSegmentTheReviewerNeverOpenedRefusesTheWholeSelection() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        Roles.as("reviewer", Role.REVIEWER, () -> queue.open(submitted.get(0).id()));
        Roles.as("reviewer2", Role.REVIEWER, () -> queue.open(submitted.get(1).id())); // someone else's look does not count

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection(submitted))))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.NOT_SEEN);
                    assertThat(refused.getMessage()).contains("segment 2 of").doesNotContain("segment 1 of");
                });
        assertStillSubmitted(submitted);
    }

    @Test
    void anEditAfterTheReviewerLookedFailsTheBatchNamingTheSegmentAndNothingIsApproved() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        submitted.forEach(segment -> Roles.as("reviewer", Role.REVIEWER, () -> queue.open(segment.id())));
        edit(segments, "translator", Role.TRANSLATOR, submitted.get(1), "The second sentence, changed once more.");

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection(submitted))))
                .isInstanceOf(ReviewConflictException.class)
                .hasMessageContaining("Nothing was approved").hasMessageContaining("segment 2 of");
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> segments.get(submitted.get(0).id())).status())
                .isEqualTo(SegmentStatus.SUBMITTED);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> review.history(submitted.get(0).id())))
                .extracting(ReviewEvent::action).containsExactly(ReviewAction.SUBMIT);
    }

    @Test
    void aRevisionOtherThanTheOneOpenedIsRefused() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        submitted.forEach(segment -> Roles.as("reviewer", Role.REVIEWER, () -> queue.open(segment.id())));
        var stale = List.of(new SelectedRevision(submitted.get(0).id(), 2, submitted.get(0).version()),
                new SelectedRevision(submitted.get(1).id(), 1, submitted.get(1).version()));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(stale)))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("segment 2 of");
        assertStillSubmitted(submitted);
    }

    @Test
    void openErrorsRefuseTheSelectionEvenWhenSeen() {
        long document = ReviewFixtures.importInto(importer, ReviewFixtures.demoProject(projects),
                "A clean first sentence.\n\nThe meeting discussed the world economic BBS.");
        List<SegmentSnapshot> rows = ReviewFixtures.segments(segments, document);
        SegmentSnapshot clean = editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(0), "A clean first sentence, edited.");
        SegmentSnapshot flawed = Roles.as("reviewer2", Role.REVIEWER, () -> {
            SegmentSnapshot saved = segments.save(rows.get(1).id(), "The meeting discussed the world economic BBS again.", rows.get(1).version());
            return review.submit(saved.id(), saved.version(), "Quoted from the forum's notice.");
        });
        List<SegmentSnapshot> both = List.of(clean, flawed);
        both.forEach(segment -> Roles.as("reviewer", Role.REVIEWER, () -> queue.open(segment.id())));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection(both))))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.GATE);
                    assertThat(refused.getMessage()).contains("segment 2 of");
                });
        assertStillSubmitted(both);
    }

    @Test
    void aReviewersOwnEditWhileReviewingRefusesTheSelectionEvenWhenSeen() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        SegmentSnapshot reviewEdit = edit(segments, "reviewer", Role.REVIEWER, submitted.get(1), "The second sentence, improved.");
        submitted.forEach(segment -> Roles.as("reviewer", Role.REVIEWER, () -> queue.open(segment.id())));
        var selection = List.of(new SelectedRevision(submitted.get(0).id(), 2, submitted.get(0).version()),
                new SelectedRevision(reviewEdit.id(), 3, reviewEdit.version()));

        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(selection)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.FOUR_EYES);
                    assertThat(refused.getMessage()).contains("Nothing was approved", "segment 2 of");
                });
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> segments.get(submitted.get(0).id())).status())
                .isEqualTo(SegmentStatus.SUBMITTED);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> segments.get(reviewEdit.id())).status())
                .isEqualTo(SegmentStatus.DRAFT);
    }

    @Test
    void onlyReviewersApproveInBulk() {
        List<SegmentSnapshot> submitted = twoSubmitted();
        for (Role role : List.of(Role.TRANSLATOR, Role.GLOSSARY_MANAGER, Role.ADMIN)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> bulk.approveSelection(selection(submitted))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> bulk.approveSelection(List.of())))
                .isInstanceOf(UserMessageException.class);
    }

    private List<SegmentSnapshot> twoSubmitted() {
        long document = ReviewFixtures.importInto(importer, DocumentFixtures.newProject(projects).id(),
                "The first sentence.\n\nThe second sentence.");
        List<SegmentSnapshot> rows = ReviewFixtures.segments(segments, document);
        return List.of(
                editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(0), "The first sentence, edited."),
                editAndSubmit(segments, review, "translator", Role.TRANSLATOR, rows.get(1), "The second sentence, edited."));
    }

    private static List<SelectedRevision> selection(List<SegmentSnapshot> submitted) {
        return submitted.stream().map(segment -> new SelectedRevision(segment.id(), 2, segment.version())).toList();
    }

    private void assertStillSubmitted(List<SegmentSnapshot> submitted) {
        for (SegmentSnapshot segment : submitted) {
            assertThat(Roles.as("reviewer", Role.REVIEWER, () -> segments.get(segment.id())).status())
                    .isEqualTo(SegmentStatus.SUBMITTED);
        }
    }
}
