package app.redline.review;

import app.redline.checks.Issue;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A segment as an actor finds it when they act: its latest revision and what the state machine must know.
 *
 * @param openErrors error-severity issues of the saved text; empty when the action is not gated
 */
record ReviewSituation(SegmentSnapshot segment, RevisionSnapshot revision, boolean actorWroteRevision,
                       boolean ownEditWhileReviewing, List<Issue> openErrors) {

    ReviewFacts facts(boolean overrideGiven) {
        return new ReviewFacts(segment.translatable(), actorWroteRevision, ownEditWhileReviewing, !openErrors.isEmpty(),
                overrideGiven);
    }

    /** The overridden errors for the audit row, one a line, with the words they were found in. */
    String describeOpenErrors() {
        String text = revision.text();
        return openErrors.stream().map(issue -> {
            boolean spanFits = issue.start() >= 0 && issue.start() < issue.end() && issue.end() <= text.length();
            String words = spanFits ? " \"" + text.substring(issue.start(), issue.end()) + "\"" : "";
            return issue.checkId() + "/" + issue.ruleId() + words + ": " + issue.message();
        }).collect(Collectors.joining("\n"));
    }
}
