package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.clean;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Severity;
import org.junit.jupiter.api.Test;

class UnchangedCheckTest {

    private static final String READOUT = "Zhang Zhijun presided over a meeting of the Standing Committee of the "
            + "CPC Municipal Committee";

    private final UnchangedCheck check = new UnchangedCheck();

    @Test
    void flagsCleanTextIdenticalToReadout() {
        String cleanText = "  " + READOUT + "\n";
        assertThat(check.check(clean(READOUT, cleanText))).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(UnchangedCheck.UNCHANGED);
            assertThat(issue.severity()).isEqualTo(Severity.INFO);
            assertThat(issue.message()).isEqualTo("Not post-edited yet.");
            assertThat(issue.start()).isZero();
            assertThat(issue.end()).isEqualTo(cleanText.length());
        });
    }

    @Test
    void acceptsPostEditedText() {
        assertThat(check.check(clean(READOUT, "Zhang Zhijun chaired a meeting of the Standing Committee of the "
                + "CPC Changchun Municipal Committee."))).isEmpty();
    }

    @Test
    void ignoresEmptyTexts() {
        assertThat(check.check(clean("", ""))).isEmpty();
        assertThat(check.check(clean(" ", "  "))).isEmpty();
        assertThat(check.check(clean(null, READOUT))).isEmpty();
    }
}
