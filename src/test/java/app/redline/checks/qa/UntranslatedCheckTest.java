package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.cleanText;
import static app.redline.checks.qa.Inputs.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UntranslatedCheckTest {

    private final UntranslatedCheck check = new UntranslatedCheck();

    private List<Issue> check(String text) {
        return check.check(cleanText(text));
    }

    private static String spanOf(String text, Issue issue) {
        return text.substring(issue.start(), issue.end());
    }

    @Test
    void flagsChineseLeftInEnglishText() {
        String text = "promote the carbon peak and neutrality (双碳) goals";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(UntranslatedCheck.CHINESE);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(spanOf(text, issue)).isEqualTo("双碳");
            assertThat(issue.replacements()).isEmpty();
        });
    }

    @Test
    void reportsOneIssuePerRunIncludingItsQuotes() {
        String text = "carry out the “春城” campaign in 长春 市 and 吉林” and “E-Spring 春城”.";
        assertThat(check(text)).extracting(issue -> spanOf(text, issue))
                .containsExactly("“春城”", "长春 市", "吉林", "春城");
    }

    @Test
    void flagsFullWidthPunctuationWithAsciiReplacement() {
        String text = "adjust the energy structure，We will act。";
        assertThat(check(text)).extracting(Issue::ruleId, issue -> spanOf(text, issue), Issue::replacements)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UntranslatedCheck.FULL_WIDTH, "，", List.of(", ")),
                        org.assertj.core.groups.Tuple.tuple(UntranslatedCheck.FULL_WIDTH, "。", List.of(".")));
    }

    @Test
    void acceptsEnglishTypography() {
        assertThat(check("carry out the “E-Spring City” campaign — Xi Jinping’s speech… Zhang·Li, ‘two’")).isEmpty();
    }

    @Test
    void ignoresChineseAndJapaneseTargets() {
        assertThat(check.check(withTarget("长春市委常委会", "zh-CN"))).isEmpty();
        assertThat(check.check(withTarget("長春市", "ja"))).isEmpty();
        assertThat(check.check(withTarget("长春市", "ZH_Hant"))).isEmpty();
        assertThat(check.check(withTarget("长春市", null))).hasSize(1);
        assertThat(check.check(withTarget("长春市", "de"))).hasSize(1);
    }
}
