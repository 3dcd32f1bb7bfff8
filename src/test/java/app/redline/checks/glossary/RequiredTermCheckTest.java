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

class RequiredTermCheckTest {

    private static final String READOUT = "Meeting communicate learning xi jinping, general secretary of the 2022 "
            + "world economic BBS video conference’s important speech";

    private final RequiredTermCheck check = new RequiredTermCheck();

    @Test
    void flagsAnMtRenderingLeftInTheCleanTextWithThePreferredTermAsFix() {
        String clean = "The meeting studied General Secretary Xi Jinping’s important speech at the 2022 world economic "
                + "BBS video conference.";

        List<Issue> issues = check.check(input(READOUT, null, clean));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("glossary-required");
            assertThat(issue.ruleId()).isEqualTo("required-term");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.message()).isEqualTo("«world economic BBS» is 世界经济论坛: use «World Economic Forum»");
            assertThat(issue.replacements()).containsExactly("World Economic Forum");
            assertThat(clean.substring(issue.start(), issue.end())).isEqualTo("world economic BBS");
        });
    }

    @Test
    void isSatisfiedByTheApprovedTerm() {
        String clean = "The meeting studied General Secretary Xi Jinping’s important speech at the 2022 World Economic "
                + "Forum virtual session.";

        assertThat(check.check(input(READOUT, null, clean))).isEmpty();
    }

    @Test
    void pointsNowhereWhenTheRenderingIsGoneButNoTermReplacedIt() {
        String clean = "The meeting studied General Secretary Xi Jinping’s important speech at the 2022 Davos session.";

        assertThat(check.check(input(READOUT, null, clean))).singleElement().satisfies(issue -> {
            assertThat(issue.start()).isZero();
            assertThat(issue.end()).isZero();
            assertThat(issue.message()).isEqualTo("«world economic BBS» is 世界经济论坛: use «World Economic Forum»");
        });
    }

    @Test
    void chineseSourceTermRequiresATargetTerm() {
        String readout = "more work together to promote “double carbon”, insist on carbon reduction";
        String clean = "work together to advance the carbon goals, and keep cutting carbon emissions";

        assertThat(check.check(input(readout, "推动“双碳”工作，坚持降碳", clean))).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo("«double carbon» is 双碳: use «carbon peaking and carbon neutrality goals»");
            assertThat(issue.replacements())
                    .containsExactly("carbon peaking and carbon neutrality goals", "dual carbon", "dual-carbon");
        });
        assertThat(check.check(input("promote the goals", "推动“双碳”工作", "promote the goals")))
                .singleElement().extracting(Issue::message)
                .isEqualTo("The source has 双碳: use «carbon peaking and carbon neutrality goals»");
    }

    @Test
    void anyApprovedTermOfTheConceptWillDo() {
        String source = "推动“双碳”工作";

        assertThat(check.check(input("promote “double carbon”", source, "promote the “dual carbon” goals"))).isEmpty();
        assertThat(check.check(input("promote “double carbon”", source, "promote the dual-carbon goals"))).isEmpty();
        assertThat(check.check(input("promote “double carbon”", source,
                "promote the carbon peaking and carbon neutrality goals"))).isEmpty();
    }

    @Test
    void inflectedFormOfAnInflectedTermCounts() {
        String clean = "We should strengthen the promotion of special teams, take practical measures to focus on projects, "
                + "enterprises and industries";

        assertThat(check.check(input(clean, "强化专班推进", clean))).isEmpty();
    }

    @Test
    void anApprovedTermInsideTheWrongRenderingDoesNotCount() {
        String readout = "conveying the important speech spirit of the central conference";

        assertThat(check.check(input(readout, null, readout))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("guiding principles", "spirit"));
        assertThat(check.check(input(readout, null, "conveying the spirit of the important speech"))).isEmpty();
    }

    @Test
    void theSourceDecidesWhenThereIsOne() {
        String readout = "emphasize always mind, heart is “the head of the”, consciously put work";
        String clean = "keep in mind the head of the delegation";

        assertThat(check.check(input(readout, "会议强调要提高站位", clean))).isEmpty();
        assertThat(check.check(input(readout, null, clean))).singleElement().extracting(Issue::message)
                .isEqualTo("«the head of the» is 国之大者: use «country's most fundamental interests»");
    }

    @Test
    void aForbiddenTermInsideALongerApprovedNameRequiresNothing() {
        GlossaryIndex glossary = StarterGlossary.index(
                concept(term("zh-CN", "市委常委会", TermStatus.PREFERRED, false, MatchMode.SUBSTRING),
                        term("en-US", "Standing Committee of the CPC Municipal Committee", TermStatus.PREFERRED, true,
                                MatchMode.WHOLE_WORD)),
                concept(term("zh-CN", "市委", TermStatus.PREFERRED, false, MatchMode.SUBSTRING),
                        term("en-US", "municipal Party committee", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD),
                        term("en-US", "municipal committee", TermStatus.FORBIDDEN, false, MatchMode.WHOLE_WORD)));
        String text = "Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Municipal Committee";

        assertThat(check.check(new CheckInput(text, null, text, "zh-CN", "en-US", glossary))).isEmpty();
    }

    @Test
    void findsNothingWithoutAGlossary() {
        assertThat(check.check(new CheckInput(READOUT, null, READOUT, "zh-CN", "en-US", GlossaryIndex.EMPTY))).isEmpty();
    }

    private static CheckInput input(String readout, String source, String clean) {
        return new CheckInput(readout, source, clean, "zh-CN", "en-US", StarterGlossary.index());
    }
}
