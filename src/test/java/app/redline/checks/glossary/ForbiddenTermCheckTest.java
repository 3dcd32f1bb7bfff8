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

class ForbiddenTermCheckTest {

    private final ForbiddenTermCheck check = new ForbiddenTermCheck();

    @Test
    void flagsDoubleCarbonAndOffersTheApprovedTermsPreferredFirst() {
        String clean = "xi at a higher position, more solid measures, more work together to promote “double carbon”, "
                + "insist on carbon reduction, reducing the pollution, expanding green and growth.";

        List<Issue> issues = check.check(input(clean));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("glossary-forbidden");
            assertThat(issue.ruleId()).isEqualTo("forbidden-term");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(clean.substring(issue.start(), issue.end())).isEqualTo("double carbon");
            assertThat(issue.replacements())
                    .containsExactly("carbon peaking and carbon neutrality goals", "dual carbon", "dual-carbon");
            assertThat(issue.message())
                    .isEqualTo("«double carbon» is a forbidden rendering: use «carbon peaking and carbon neutrality goals»");
        });
    }

    @Test
    void flagsADeprecatedTermAsAWarning() {
        String clean = "the municipal government held an expanded meeting of the leading Party members group";

        assertThat(check.check(input(clean))).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("deprecated-term");
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.replacements()).containsExactly("enlarged meeting");
        });
    }

    @Test
    void flagsInflectedFormsOfAnInflectedForbiddenTerm() {
        String clean = "On February 8, the municipal government held an enlarged meeting of the party group and an "
                + "executive meeting; all party groups attended.";

        List<Issue> issues = check.check(input(clean));

        assertThat(issues).extracting(issue -> clean.substring(issue.start(), issue.end()))
                .containsExactly("party group", "party groups");
        assertThat(issues.getFirst().replacements()).startsWith("leading Party members group");
    }

    @Test
    void leavesAForbiddenTermInsideALongerApprovedTermAlone() {
        GlossaryIndex glossary = StarterGlossary.index(
                concept(term("en-US", "Standing Committee of the CPC Municipal Committee", TermStatus.PREFERRED, true,
                        MatchMode.WHOLE_WORD)),
                concept(term("en-US", "municipal Party committee", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD),
                        term("en-US", "municipal committee", TermStatus.FORBIDDEN, false, MatchMode.WHOLE_WORD)));
        String approved = "presided over a meeting of the Standing Committee of the CPC Municipal Committee on Monday";
        String forbidden = "Zhang Zhijun, secretary of the municipal committee, presided";

        assertThat(check.check(new CheckInput(approved, null, approved, "zh-CN", "en-US", glossary))).isEmpty();
        assertThat(check.check(new CheckInput(forbidden, null, forbidden, "zh-CN", "en-US", glossary)))
                .singleElement().extracting(Issue::replacements).isEqualTo(List.of("municipal Party committee"));
    }

    @Test
    void flagsACaseSensitiveForbiddenTermOnlyAsWritten() {
        assertThat(check.check(input("a history of the CCP since 1921"))).singleElement()
                .extracting(Issue::replacements).isEqualTo(List.of("Communist Party of China", "CPC"));
        assertThat(check.check(input("the ccp test of the lab"))).isEmpty();
    }

    @Test
    void capitalisesTheReplacementForASentenceInitialMatch() {
        assertThat(check.check(input("Double carbon work must go on."))).singleElement()
                .extracting(issue -> issue.replacements().getFirst())
                .isEqualTo("Carbon peaking and carbon neutrality goals");
    }

    @Test
    void flagsNothingInACleanSentence() {
        assertThat(check.check(input("The meeting stressed the need to carry forward the fighting spirit and to "
                + "pursue the carbon peaking and carbon neutrality goals."))).isEmpty();
    }

    private static CheckInput input(String clean) {
        return new CheckInput(clean, null, clean, "zh-CN", "en-US", StarterGlossary.index());
    }
}
