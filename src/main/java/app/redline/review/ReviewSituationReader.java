package app.redline.review;

import app.redline.checks.CheckRunner;
import app.redline.checks.DocumentChecks;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers the facts for a review decision from the modules that own them. */
@Component
class ReviewSituationReader {

    private final SegmentService segments;
    private final DocumentChecks checks;
    private final CheckRunner runner;
    private final ReviewEvents events;

    ReviewSituationReader(SegmentService segments, DocumentChecks checks, CheckRunner runner, ReviewEvents events) {
        this.segments = segments;
        this.checks = checks;
        this.runner = runner;
        this.events = events;
    }

    ReviewSituation read(long segmentId, String actor, boolean gated) {
        SegmentSnapshot segment = segments.get(segmentId);
        RevisionSnapshot revision = latestRevision(segmentId);
        boolean wrote = revision.author().equals(actor);
        List<Issue> issues = gated ? checks.segmentIssues(segmentId) : List.of();
        List<Issue> errors = issues.stream()
                .filter(issue -> issue.severity() == Severity.ERROR && !CheckRunner.couldNotRun(issue)).toList();
        // A check that could not run may have missed errors: the gate holds as for errors found, and says which check.
        List<Issue> notRun = issues.stream().filter(CheckRunner::couldNotRun)
                .map(failed -> new Issue(failed.checkId(), failed.ruleId(), failed.severity(), failed.start(), failed.end(),
                        runner.couldNotRunMessage(failed.checkId()), List.of()))
                .toList();
        return new ReviewSituation(segment, revision, wrote, wrote && editedWhileReviewing(segmentId, actor, revision),
                errors, notRun);
    }

    RevisionSnapshot latestRevision(long segmentId) {
        return segments.latestRevision(segmentId);
    }

    /** Someone else submitted an earlier revision and nothing was decided since: the actor's revision is a review edit. */
    private boolean editedWhileReviewing(long segmentId, String actor, RevisionSnapshot revision) {
        return events.last(segmentId)
                .filter(last -> last.action() == ReviewAction.SUBMIT)
                .filter(last -> !last.actor().equals(actor))
                .filter(last -> last.revisionNo() < revision.revisionNo())
                .isPresent();
    }
}
