package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.cleanText;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacingCheckTest {

    private final SpacingCheck check = new SpacingCheck();

    private List<Issue> check(String text) {
        return check.check(cleanText(text));
    }

    private static String spanOf(String text, Issue issue) {
        return text.substring(issue.start(), issue.end());
    }

    @Test
    void flagsSentencesGluedWithoutSpace() {
        String text = "and implement them in an all-round way.We should strengthen overall planning";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(SpacingCheck.AFTER_SENTENCE);
            assertThat(spanOf(text, issue)).isEqualTo("way.We");
            assertThat(issue.replacements()).containsExactly("way. We");
        });
    }

    @Test
    void flagsEveryGlueInASampleSentence() {
        String text = "studying and deploying relevant key work.Meeting to convey the spirit. The plan reached "
                + "6.3.The meeting said “double carbon”.Party committees should act!Discipline matters?Yes";
        assertThat(check(text)).extracting(Issue::replacements).containsExactly(
                List.of("work. Meeting"), List.of("6.3. The"), List.of("carbon”. Party"), List.of("act! Discipline"),
                List.of("matters? Yes"));
    }

    @Test
    void flagsCommaGluedToCapitalWord() {
        String text = "actively adjust the industrial structure and energy structure,We will vigorously support";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(SpacingCheck.AFTER_COMMA);
            assertThat(spanOf(text, issue)).isEqualTo("structure,We");
            assertThat(issue.replacements()).containsExactly("structure, We");
        });
        assertThat(check("Source:Changchun Daily")).extracting(Issue::replacements)
                .containsExactly(List.of("Source: Changchun"));
    }

    @Test
    void acceptsAbbreviationsNumbersAndUrls() {
        assertThat(check("The U.S. delegation met Mr. Li in Room No. 5 at 3 p.m. on Monday.")).isEmpty();
        assertThat(check("Output grew 3.5 percent, e.g. in coal, to 1,200 tonnes at 10:30.")).isEmpty();
        assertThat(check("See https://www.Fuxin.gov.cn/News/Index.Html or Xinhuanet.com for details.")).isEmpty();
        assertThat(check("He met U.S.Army officers and a Ph.D. student.")).isEmpty();
    }

    @Test
    void flagsDoubledSpaces() {
        String text = "the municipal  government held a meeting";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(SpacingCheck.DOUBLE_SPACE);
            assertThat(spanOf(text, issue)).isEqualTo("  ");
            assertThat(issue.replacements()).containsExactly(" ");
        });
    }

    @Test
    void flagsSpaceBeforePunctuation() {
        String text = "enterprises and industries , integrate point, line and plane .";
        assertThat(check(text)).extracting(issue -> spanOf(text, issue), Issue::replacements)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(" ,", List.of(",")),
                        org.assertj.core.groups.Tuple.tuple(" .", List.of(".")));
    }

    @Test
    void acceptsEllipsisLeadingDecimalsAndSmileys() {
        assertThat(check("and so on ... the rate fell by .5 points :)")).isEmpty();
    }

    @Test
    void allowsFrenchSpaceBeforeColon() {
        CheckInput french = new CheckInput("", null, "Attention : la réunion a eu lieu !", "zh", "fr", null);
        assertThat(check.check(french)).isEmpty();
        assertThat(check("Attention : the meeting")).extracting(Issue::ruleId)
                .containsExactly(SpacingCheck.BEFORE_PUNCTUATION);
    }

    @Test
    void flagsLeadingAndTrailingWhitespace() {
        String text = "  The meeting also examined other matters. \n";
        assertThat(check(text)).extracting(Issue::ruleId, Issue::start, Issue::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SpacingCheck.LEADING, 0, 2),
                org.assertj.core.groups.Tuple.tuple(SpacingCheck.TRAILING, text.stripTrailing().length(), text.length()));
    }

    @Test
    void acceptsParagraphBreaksAndCleanProse() {
        String text = "Zhang Zhijun presided over a meeting.\n\nThe meeting also examined other matters.";
        assertThat(check(text)).isEmpty();
    }
}
