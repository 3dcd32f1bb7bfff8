package app.redline.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs every check over one input; a check that throws becomes an issue of its own, never a broken editor. */
@Component
public class CheckRunner {

    public static final String CHECK_FAILED = "check-failed";
    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);
    private static final Comparator<Issue> READING_ORDER =
            Comparator.comparingInt(Issue::start).thenComparing(Issue::severity).thenComparing(Issue::checkId);

    private final List<Check> checks;

    public CheckRunner(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<Issue> run(CheckInput input) {
        return run(input, CheckSettings.ALL_ON);
    }

    /** Runs the checks the project has not switched off, and drops the rules and categories it has. */
    public List<Issue> run(CheckInput input, CheckSettings settings) {
        List<Issue> issues = new ArrayList<>();
        for (Check check : checks) {
            if (settings.disables(check.id())) {
                continue;
            }
            try {
                check.check(input).stream().filter(issue -> !settings.disables(issue)).forEach(issues::add);
            } catch (RuntimeException | LinkageError failure) {
                logFailure(check, failure);
                issues.add(new Issue(check.id(), CHECK_FAILED, Severity.INFO, 0, 0, check.unavailableMessage(), List.of()));
            }
        }
        issues.sort(READING_ORDER);
        return withoutDuplicates(issues);
    }

    /**
     * A failure without a stack trace is a known state failing fast (LanguageTool's circuit is open): the breaker
     * logged it when it opened, so one line per segment would only flood the log.
     */
    private static void logFailure(Check check, Throwable failure) {
        if (failure.getStackTrace().length == 0) {
            log.debug("Check {} failed fast: {}", check.id(), failure.toString());
        } else {
            log.warn("Check {} failed: {}", check.id(), failure.toString(), failure);
        }
    }

    /** Two checks may find the same thing (an MT rendering is both forbidden and a missing required term): show it once. */
    private static List<Issue> withoutDuplicates(List<Issue> sorted) {
        var seen = new java.util.HashSet<String>();
        return sorted.stream()
                .filter(issue -> issue.start() == issue.end() || issue.replacements().isEmpty()
                        || seen.add(issue.start() + ":" + issue.end() + ":" + issue.replacements()))
                .toList();
    }

    public List<String> checkIds() {
        return checks.stream().map(Check::id).toList();
    }

    /** Whether the issue says a check could not run, rather than what a check found. */
    public static boolean couldNotRun(Issue issue) {
        return CHECK_FAILED.equals(issue.ruleId());
    }

    /** What a {@link #CHECK_FAILED} issue of this check means for submitting and approving, in a sentence. */
    public String couldNotRunMessage(String checkId) {
        return checks.stream().filter(check -> check.id().equals(checkId)).findFirst()
                .map(Check::couldNotRunMessage).orElse("The " + checkId + " check could not run");
    }
}
