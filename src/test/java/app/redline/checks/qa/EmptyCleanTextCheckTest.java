package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.clean;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Severity;
import org.junit.jupiter.api.Test;

class EmptyCleanTextCheckTest {

    private static final String READOUT = "The meeting also examined other matters.";

    private final EmptyCleanTextCheck check = new EmptyCleanTextCheck();

    @Test
    void flagsEmptyOrBlankCleanText() {
        for (String empty : new String[] {"", "   ", "\n\t ", null}) {
            assertThat(check.check(clean(READOUT, empty))).singleElement().satisfies(issue -> {
                assertThat(issue.ruleId()).isEqualTo(EmptyCleanTextCheck.EMPTY);
                assertThat(issue.severity()).isEqualTo(Severity.ERROR);
                assertThat(issue.start()).isZero();
                assertThat(issue.end()).isZero();
            });
        }
    }

    @Test
    void acceptsEmptyCleanTextWhenReadoutHasNoWords() {
        assertThat(check.check(clean("2022-06-21 0", ""))).isEmpty();
        assertThat(check.check(clean("", ""))).isEmpty();
        assertThat(check.check(clean(null, null))).isEmpty();
    }

    @Test
    void acceptsAnyCleanText() {
        assertThat(check.check(clean(READOUT, "The meeting also discussed other matters."))).isEmpty();
    }
}
