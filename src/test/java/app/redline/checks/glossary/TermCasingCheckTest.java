package app.redline.checks.glossary;

import static app.redline.checks.StarterGlossary.concept;
import static app.redline.checks.StarterGlossary.term;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.CheckInput;
import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.StarterGlossary;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermCasingCheckTest {

    private final TermCasingCheck check = new TermCasingCheck();

    @Test
    void flagsXiJinpingInLowerCase() {
        String clean = "Meeting communicate learning xi jinping, general secretary of the 2022 World Economic Forum";

        List<Issue> issues = check.check(input(clean, StarterGlossary.index()));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("glossary-casing");
            assertThat(issue.ruleId()).isEqualTo("term-casing");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(clean.substring(issue.start(), issue.end())).isEqualTo("xi jinping");
            assertThat(issue.replacements()).containsExactly("Xi Jinping");
            assertThat(issue.message()).isEqualTo("«xi jinping» is written «Xi Jinping»");
        });
    }

    @Test
    void acceptsXiJinpingAsTheGlossaryWritesIt() {
        String clean = "The meeting studied the spirit of General Secretary Xi Jinping’s important speech.";

        assertThat(check.check(input(clean, StarterGlossary.index()))).isEmpty();
    }

    @Test
    void flagsTwoEstablishmentsButNotACaseInsensitiveTerm() {
        String clean = "It is necessary to deeply understand the decisive significance of the “two establishments”, "
                + "strengthen the “four consciousnesses”";

        assertThat(check.check(input(clean, StarterGlossary.index()))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("Two Establishments"));
    }

    @Test
    void flagsAPlaceNameInLowerCase() {
        String clean = "speed up efforts to build changchun into a super-large modern city";

        assertThat(check.check(input(clean, StarterGlossary.index()))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("Changchun"));
    }

    @Test
    void neverFlagsACaseInsensitiveTerm() {
        assertThat(check.check(input("promote the DUAL CARBON goals and Grassroots work", StarterGlossary.index())))
                .isEmpty();
    }

    @Test
    void allowsASentenceInitialCapitalOnALowerCaseTerm() {
        GlossaryIndex glossary = StarterGlossary.index(
                concept(term("en-US", "dual carbon", TermStatus.PREFERRED, true, MatchMode.WHOLE_WORD)));

        assertThat(check.check(input("Dual carbon goals guide the work. “Dual carbon” it is.", glossary))).isEmpty();
        assertThat(check.check(input("to meet the Dual carbon goals", glossary))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("dual carbon"));
    }

    @Test
    void keepsTheInflectionOfAnInflectedTerm() {
        GlossaryIndex glossary = StarterGlossary.index(
                concept(term("en-US", "Party group", TermStatus.PREFERRED, true, MatchMode.INFLECTED)));

        assertThat(check.check(input("two party groups met", glossary))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("Party groups"));
    }

    @Test
    void reportsOnlyTheLongestMiscasedTerm() {
        String clean = "a meeting of the standing committee of the cpc municipal committee";

        assertThat(check.check(input(clean, StarterGlossary.index()))).singleElement()
                .extracting(Issue::replacements)
                .isEqualTo(List.of("Standing Committee of the CPC Municipal Committee"));
    }

    private static CheckInput input(String clean, GlossaryIndex glossary) {
        return new CheckInput(clean, null, clean, "zh-CN", "en-US", glossary);
    }
}
