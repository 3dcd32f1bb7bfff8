package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckRunnerTest {

    private static final CheckInput INPUT = new CheckInput("Readout.", null, "Clean text.", "zh-CN", "en-US", GlossaryIndex.EMPTY);

    @Test
    void aCheckThatThrowsBecomesAnIssueAndTheOthersStillRun() {
        Check broken = check("broken", input -> {
            throw new IllegalStateException("dictionary missing");
        });
        Check working = check("working", input -> List.of(
                new Issue("working", "rule", Severity.WARNING, 6, 10, "Look here.", List.of("text"))));

        List<Issue> issues = new CheckRunner(List.of(broken, working)).run(INPUT);

        assertThat(issues).extracting(Issue::checkId).containsExactly("broken", "working");
        assertThat(issues.getFirst().ruleId()).isEqualTo(CheckRunner.CHECK_FAILED);
        assertThat(issues.getFirst().message()).contains("unavailable");
    }

    @Test
    void issuesComeInReadingOrderWorstFirst() {
        Check check = check("c", input -> List.of(
                new Issue("c", "late", Severity.ERROR, 8, 9, "Later.", List.of()),
                new Issue("c", "info", Severity.INFO, 0, 5, "Info.", List.of()),
                new Issue("c", "error", Severity.ERROR, 0, 5, "Error.", List.of())));

        assertThat(new CheckRunner(List.of(check)).run(INPUT)).extracting(Issue::ruleId)
                .containsExactly("error", "info", "late");
    }

    @Test
    void theSameFindingFromTwoChecksIsShownOnce() {
        Check forbidden = check("glossary-forbidden", input -> List.of(
                new Issue("glossary-forbidden", "forbidden-term", Severity.ERROR, 0, 5, "Forbidden.", List.of("Clean"))));
        Check required = check("glossary-required", input -> List.of(
                new Issue("glossary-required", "required-term", Severity.ERROR, 0, 5, "Required.", List.of("Clean"))));

        assertThat(new CheckRunner(List.of(forbidden, required)).run(INPUT)).hasSize(1);
    }

    private static Check check(String id, java.util.function.Function<CheckInput, List<Issue>> body) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Issue> check(CheckInput input) {
                return body.apply(input);
            }
        };
    }
}
