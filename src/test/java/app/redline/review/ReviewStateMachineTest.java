package app.redline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.document.SegmentStatus;
import app.redline.review.ReviewDecision.Allowed;
import app.redline.review.ReviewDecision.Refused;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewStateMachineTest {

    /**
     * Every status × action × role, for someone else's revision with no open errors.
     * A cell is the status the segment moves to, or the kind of refusal.
     */
    private static final String TABLE = """
            from       action   TRANSLATOR  REVIEWER   GLOSSARY_MANAGER  ADMIN
            NEW        SUBMIT   SUBMITTED   ROLE       ROLE              ROLE
            DRAFT      SUBMIT   SUBMITTED   ROLE       ROLE              ROLE
            SUBMITTED  SUBMIT   STATE       ROLE       ROLE              ROLE
            APPROVED   SUBMIT   STATE       ROLE       ROLE              ROLE
            REJECTED   SUBMIT   STATE       ROLE       ROLE              ROLE
            NEW        APPROVE  ROLE        STATE      ROLE              ROLE
            DRAFT      APPROVE  ROLE        STATE      ROLE              ROLE
            SUBMITTED  APPROVE  ROLE        APPROVED   ROLE              ROLE
            APPROVED   APPROVE  ROLE        STATE      ROLE              ROLE
            REJECTED   APPROVE  ROLE        STATE      ROLE              ROLE
            NEW        REJECT   ROLE        STATE      ROLE              ROLE
            DRAFT      REJECT   ROLE        STATE      ROLE              ROLE
            SUBMITTED  REJECT   ROLE        REJECTED   ROLE              ROLE
            APPROVED   REJECT   ROLE        REJECTED   ROLE              ROLE
            REJECTED   REJECT   ROLE        STATE      ROLE              ROLE
            """;

    private static final ReviewFacts OTHERS_REVISION = new ReviewFacts(true, false, false, false, List.of(), false);

    static Stream<Arguments> table() {
        List<String> lines = TABLE.lines().toList();
        List<Role> roles = Stream.of(lines.getFirst().trim().split("\\s+")).skip(2).map(Role::valueOf).toList();
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.trim().split("\\s+");
            for (int i = 0; i < roles.size(); i++) {
                cells.add(Arguments.of(SegmentStatus.valueOf(cell[0]), ReviewAction.valueOf(cell[1]), roles.get(i), cell[i + 2]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{2}: {1} from {0} -> {3}")
    @MethodSource("table")
    void eachRoleMayMakeOnlyItsTransitions(SegmentStatus from, ReviewAction action, Role role, String outcome) {
        ReviewDecision decision = decide(from, action, EnumSet.of(role), OTHERS_REVISION);

        if (isStatus(outcome)) {
            assertThat(decision).isEqualTo(new Allowed(SegmentStatus.valueOf(outcome), false));
        } else {
            assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
                assertThat(refused.refusal()).isEqualTo(Refusal.valueOf(outcome));
                assertThat(refused.message()).isNotBlank();
            });
        }
    }

    @Test
    void theTableCoversEveryStatusActionAndRoleOnce() {
        Set<List<Object>> seen = new HashSet<>();
        table().forEach(arguments -> seen.add(List.of(arguments.get()).subList(0, 3)));

        assertThat(seen).hasSize(SegmentStatus.values().length * ReviewAction.values().length * Role.values().length);
        assertThat(table()).hasSameSizeAs(seen);
    }

    @ParameterizedTest
    @EnumSource(value = SegmentStatus.class, names = {"NEW", "DRAFT"})
    void aReviewerSubmitsOnlyARevisionTheyWrote(SegmentStatus from) {
        assertThat(decide(from, ReviewAction.SUBMIT, EnumSet.of(Role.REVIEWER), own(false)))
                .isEqualTo(new Allowed(SegmentStatus.SUBMITTED, false));
        assertThat(refusal(decide(from, ReviewAction.SUBMIT, EnumSet.of(Role.REVIEWER), OTHERS_REVISION)))
                .isEqualTo(Refusal.ROLE);
    }

    @ParameterizedTest
    @EnumSource(SegmentStatus.class)
    void nobodyApprovesARevisionTheyWroteFromAnyStatus(SegmentStatus from) {
        for (Set<Role> roles : List.of(EnumSet.of(Role.REVIEWER), EnumSet.of(Role.TRANSLATOR, Role.REVIEWER))) {
            for (ReviewFacts own : List.of(own(false), own(true))) {
                ReviewDecision decision = decide(from, ReviewAction.APPROVE, roles, own);

                assertThat(refusal(decision)).isEqualTo(Refusal.FOUR_EYES);
                assertThat(((Refused) decision).message()).contains("another reviewer must approve it");
            }
        }
    }

    @Test
    void aReviewersEditWhileReviewingIsSubmittedForAnotherReviewerOrRejectedNeverApproved() {
        ReviewFacts reviewEdit = own(true);
        ReviewFacts secondReviewer = new ReviewFacts(true, false, false, false, List.of(), false);

        ReviewDecision approveOwnEdit = decide(SegmentStatus.DRAFT, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), reviewEdit);
        assertThat(refusal(approveOwnEdit)).isEqualTo(Refusal.FOUR_EYES);
        assertThat(((Refused) approveOwnEdit).message()).contains("Submit your edit");
        assertThat(decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.REVIEWER), reviewEdit))
                .isEqualTo(new Allowed(SegmentStatus.SUBMITTED, false));
        assertThat(refusal(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), reviewEdit)))
                .isEqualTo(Refusal.FOUR_EYES);
        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), secondReviewer))
                .isEqualTo(new Allowed(SegmentStatus.APPROVED, false));
        assertThat(decide(SegmentStatus.DRAFT, ReviewAction.REJECT, EnumSet.of(Role.REVIEWER), reviewEdit))
                .isEqualTo(new Allowed(SegmentStatus.REJECTED, false));
    }

    @Test
    void approvalStartsOnlyFromSubmitted() {
        assertThat(Stream.of(SegmentStatus.values()).filter(status -> ReviewStateMachine.startsFrom(ReviewAction.APPROVE, status)))
                .containsExactly(SegmentStatus.SUBMITTED);
    }

    @Test
    void openErrorsStopSubmissionAndApprovalUnlessAReviewerOverrides() {
        ReviewFacts errors = new ReviewFacts(true, false, false, true, List.of(), false);
        ReviewFacts errorsOverridden = new ReviewFacts(true, false, false, true, List.of(), true);
        ReviewFacts ownErrorsOverridden = new ReviewFacts(true, true, false, true, List.of(), true);

        assertThat(refusal(decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.TRANSLATOR), errors)))
                .isEqualTo(Refusal.GATE);
        ReviewDecision translatorOverride = decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.TRANSLATOR), errorsOverridden);
        assertThat(refusal(translatorOverride)).isEqualTo(Refusal.GATE);
        assertThat(((Refused) translatorOverride).message()).contains("Only a reviewer");
        assertThat(refusal(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), errors)))
                .isEqualTo(Refusal.GATE);

        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), errorsOverridden))
                .isEqualTo(new Allowed(SegmentStatus.APPROVED, true));
        assertThat(decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.REVIEWER), ownErrorsOverridden))
                .isEqualTo(new Allowed(SegmentStatus.SUBMITTED, true));
    }

    @Test
    void aCheckThatCouldNotRunHoldsSubmissionAndApprovalLikeOpenErrorsAndSaysWhich() {
        List<String> grammar = List.of("The grammar check could not run (LanguageTool is not answering)");
        ReviewFacts unchecked = new ReviewFacts(true, false, false, false, grammar, false);
        ReviewFacts uncheckedOverridden = new ReviewFacts(true, false, false, false, grammar, true);
        ReviewFacts ownUncheckedOverridden = new ReviewFacts(true, true, false, false, grammar, true);

        ReviewDecision translatorSubmits = decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.TRANSLATOR), unchecked);
        assertThat(refusal(translatorSubmits)).isEqualTo(Refusal.GATE);
        assertThat(((Refused) translatorSubmits).message()).startsWith("The grammar check could not run "
                + "(LanguageTool is not answering), so errors cannot be ruled out: ").contains("A reviewer may go ahead");
        ReviewDecision translatorOverrides = decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.TRANSLATOR), uncheckedOverridden);
        assertThat(refusal(translatorOverrides)).isEqualTo(Refusal.GATE);
        assertThat(((Refused) translatorOverrides).message()).contains("Only a reviewer");
        ReviewDecision reviewerApproves = decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), unchecked);
        assertThat(refusal(reviewerApproves)).isEqualTo(Refusal.GATE);
        assertThat(((Refused) reviewerApproves).message()).contains("grammar check could not run", "state a reason");

        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), uncheckedOverridden))
                .isEqualTo(new Allowed(SegmentStatus.APPROVED, true));
        assertThat(decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, EnumSet.of(Role.REVIEWER), ownUncheckedOverridden))
                .isEqualTo(new Allowed(SegmentStatus.SUBMITTED, true));
        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.REJECT, EnumSet.of(Role.REVIEWER), unchecked))
                .isEqualTo(new Allowed(SegmentStatus.REJECTED, false));
    }

    @Test
    void rejectingIsNeverHeldBackByErrorsAndAnUnneededOverrideOverridesNothing() {
        ReviewFacts errors = new ReviewFacts(true, false, false, true, List.of(), false);
        ReviewFacts overrideWithoutErrors = new ReviewFacts(true, false, false, false, List.of(), true);

        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.REJECT, EnumSet.of(Role.REVIEWER), errors))
                .isEqualTo(new Allowed(SegmentStatus.REJECTED, false));
        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.of(Role.REVIEWER), overrideWithoutErrors))
                .isEqualTo(new Allowed(SegmentStatus.APPROVED, false));
    }

    @Test
    void aUserWithSeveralRolesMayTakeEachRolesActions() {
        Set<Role> both = EnumSet.of(Role.TRANSLATOR, Role.REVIEWER);

        assertThat(decide(SegmentStatus.DRAFT, ReviewAction.SUBMIT, both, OTHERS_REVISION))
                .isEqualTo(new Allowed(SegmentStatus.SUBMITTED, false));
        assertThat(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, both, OTHERS_REVISION))
                .isEqualTo(new Allowed(SegmentStatus.APPROVED, false));
        assertThat(refusal(decide(SegmentStatus.SUBMITTED, ReviewAction.APPROVE, EnumSet.noneOf(Role.class), OTHERS_REVISION)))
                .isEqualTo(Refusal.ROLE);
    }

    @ParameterizedTest
    @EnumSource(ReviewAction.class)
    void doNotTranslateSegmentsAreNotReviewed(ReviewAction action) {
        ReviewFacts furniture = new ReviewFacts(false, false, false, false, List.of(), false);
        Set<Role> both = EnumSet.of(Role.TRANSLATOR, Role.REVIEWER);

        assertThat(refusal(decide(SegmentStatus.SUBMITTED, action, both, furniture))).isEqualTo(Refusal.NOT_TRANSLATABLE);
        assertThat(refusal(decide(SegmentStatus.SUBMITTED, action, EnumSet.of(Role.ADMIN), furniture))).isEqualTo(Refusal.ROLE);
    }

    @Test
    void anEditWhileReviewingIsTheActorsOwnRevision() {
        assertThatThrownBy(() -> new ReviewFacts(true, false, true, false, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Facts for a revision the actor wrote, with no open errors. */
    private static ReviewFacts own(boolean whileReviewing) {
        return new ReviewFacts(true, true, whileReviewing, false, List.of(), false);
    }

    private static ReviewDecision decide(SegmentStatus from, ReviewAction action, Set<Role> roles, ReviewFacts facts) {
        return ReviewStateMachine.decide(from, action, roles, facts);
    }

    private static Refusal refusal(ReviewDecision decision) {
        assertThat(decision).isInstanceOf(Refused.class);
        return ((Refused) decision).refusal();
    }

    private static boolean isStatus(String outcome) {
        return Stream.of(SegmentStatus.values()).anyMatch(status -> status.name().equals(outcome));
    }
}
