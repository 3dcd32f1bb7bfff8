package app.redline.checks.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OddInputsTest {

    private static final String READOUT = "We, actively adjust the industrial structure and energy structure,We "
            + "will vigorously support the development and application of new energy sources, carry out the "
            + "“E-Spring City” campaign, and speed up efforts to build Changchun into a super-large modern city "
            + "with over 10 million permanent residents and an economic output of over one trillion yuan.The "
            + "meeting reviewed the 2022 annual learning plan (date 2022-06-21) of the 13th committee.";
    private static final String CLEAN = "We will actively adjust the industrial and energy structures, "
            + "vigorously support new energy sources, carry out the “E-Spring City” campaign and build Changchun "
            + "into a modern megacity of more than ten million residents with an economic output of more than "
            + "1 trillion yuan. The meeting reviewed the 2022 annual learning plan of the Thirteenth Committee.";

    static Stream<Check> checks() {
        return Stream.of(new NumbersCheck(), new SpacingCheck(), new UntranslatedCheck(), new BracketsQuotesCheck(),
                new EmptyCleanTextCheck(), new UnchangedCheck());
    }

    private static List<CheckInput> oddInputs() {
        String[] texts = {null, "", " ", "\n\n\t", "👍🏽 😀 2022 🇨🇳", "\uD800 lone surrogate \uDC00", "e\u0301\u0301",
                "\"\"\"((([[[{{{“““‘‘‘", ")))]]]}}}”””’’’\"", "...,,,;;;!!!???", "9".repeat(5_000),
                "1,000,000,000,000,000,000 trillion 0.000000001% 99999th", "twenty-", "-twenty one hundred and",
                "million billion trillion thousand hundred", "2023-13-45 February 31, 99999 00年00月00日",
                "May", "the 0th of Dec.", "١٢٣ ٤٥٦ العربية", "长春市。，“”", "Ｆｕｌｌ　ｗｉｄｔｈ　２０２２％"};
        List<CheckInput> inputs = new ArrayList<>();
        inputs.add(new CheckInput(null, null, null, null, null, null));
        for (String text : texts) {
            inputs.add(new CheckInput(text, null, "x", null, null, null));
            inputs.add(new CheckInput("x", text, text, "zh", "en", null));
            inputs.add(new CheckInput(text, text, text, "", "", null));
            inputs.add(new CheckInput(READOUT, text, text, "zh", "en-US", null));
        }
        return inputs;
    }

    @ParameterizedTest
    @MethodSource("checks")
    void neverThrowsOnOddInputAndKeepsSpansInsideTheCleanText(Check check) {
        for (CheckInput input : oddInputs()) {
            assertThatCode(() -> check.check(input)).as("%s on %s", check.id(), input).doesNotThrowAnyException();
            int length = input.cleanText() == null ? 0 : input.cleanText().length();
            for (Issue issue : check.check(input)) {
                assertThat(issue.checkId()).isEqualTo(check.id());
                assertThat(issue.ruleId()).isNotBlank();
                assertThat(issue.message()).isNotBlank();
                assertThat(issue.start()).isBetween(0, issue.end());
                assertThat(issue.end()).isLessThanOrEqualTo(length);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("checks")
    void handlesVeryLongTextWithoutRunawayBacktracking(Check check) {
        String longReadout = (READOUT + "\n").repeat(2_000);
        String longClean = (CLEAN + "  “unclosed (").repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), // a hang guard, not a speed test
                () -> check.check(new CheckInput(longReadout, longReadout, longClean, "zh", "en", null)));
    }
}
