package app.redline.review;

import app.redline.checks.Issue;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentSnapshot;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A segment as an actor finds it when they act: its latest revision and what the state machine must know.
 *
 * @param openErrors   error-severity issues of the saved text; empty when the action is not gated
 * @param checksNotRun the checks that could not run on the saved text, as "check-failed" issues each with the
 *                     sentence that says so for the gate (in place of the editor's message); empty when not gated
 */
record ReviewSituation(SegmentSnapshot segment, RevisionSnapshot revision, boolean actorWroteRevision,
                       boolean ownEditWhileReviewing, List<Issue> openErrors, List<Issue> checksNotRun) {

    ReviewFacts facts(boolean overrideGiven) {
        return new ReviewFacts(segment.translatable(), actorWroteRevision, ownEditWhileReviewing, !openErrors.isEmpty(),
                checksNotRun.stream().map(Issue::message).toList(), overrideGiven);
    }

    /**
     * What a reviewer went ahead over, for the audit row, one a line: each open error with the words it was found in,
     * each check that did not run.
     */
    String describeOverridden() {
        String text = revision.text();
        return Stream.concat(checksNotRun.stream(), openErrors.stream()).map(issue -> {
            boolean spanFits = issue.start() >= 0 && issue.start() < issue.end() && issue.end() <= text.length();
            String words = spanFits ? " \"" + text.substring(issue.start(), issue.end()) + "\"" : "";
            return issue.checkId() + "/" + issue.ruleId() + words + ": " + issue.message();
        }).collect(Collectors.joining("\n"));
    }
}
