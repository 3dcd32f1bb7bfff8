package app.redline.checks.languagetool;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How matches, from either engine, become issues. */
class LanguageToolCheckTest {

    private static final String TEXT = "The CPC Changchun Municipal Committee met.";
    private static final int CHANGCHUN = TEXT.indexOf("Changchun");

    private final List<String> checkedLanguages = new ArrayList<>();

    @Test
    void ruleIdsCarryTheCategoryAndSuggestionsAreCappedAtFive() {
        List<Issue> issues = check(GlossaryIndex.EMPTY, match(4, 7, "GRAMMAR", "SOME_RULE", false, "grammar",
                List.of("a", "b", "c", "d", "e", "f", "g")));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("languagetool");
            assertThat(issue.ruleId()).isEqualTo("GRAMMAR/SOME_RULE");
            assertThat(issue.start()).isEqualTo(4);
            assertThat(issue.end()).isEqualTo(7);
            assertThat(issue.message()).isEqualTo("Message for SOME_RULE.");
            assertThat(issue.replacements()).containsExactly("a", "b", "c", "d", "e");
        });
        assertThat(checkedLanguages).containsExactly("en-US");
    }

    @Test
    void severityFollowsTheIssueType() {
        List<Issue> issues = check(GlossaryIndex.EMPTY,
                match(0, 3, "TYPOS", "SPELLER", true, "uncategorized", List.of()),
                match(0, 3, "MISC", "MISSPELT", false, "misspelling", List.of()),
                match(0, 3, "GRAMMAR", "AGREEMENT", false, "grammar", List.of()),
                match(0, 3, "STYLE", "WORDY", false, "style", List.of()),
                match(0, 3, "REDUNDANCY", "INFORMAL", false, "register", List.of()),
                match(0, 3, "MISC", "REPEAT", false, "duplication", List.of()));

        assertThat(issues).extracting(Issue::severity).containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR,
                Severity.INFO, Severity.INFO, Severity.WARNING);
    }

    @Test
    void spellingMatchesOnApprovedGlossaryTermsAreDroppedOtherMatchesStay() {
        GlossaryIndex glossary = StarterGlossary.index(concept(
                term("zh-CN", "长春", TermStatus.PREFERRED, false, MatchMode.SUBSTRING),
                term("en-US", "Changchun", TermStatus.PREFERRED, true, MatchMode.WHOLE_WORD)));
        int end = CHANGCHUN + "Changchun".length();

        List<Issue> issues = check(glossary,
                match(CHANGCHUN, end, "TYPOS", "MORFOLOGIK_RULE_EN_US", true, "misspelling", List.of("Chang")),
                match(CHANGCHUN, end, "CASING", "SOME_CASING", false, "typographical", List.of()));

        assertThat(issues).extracting(Issue::ruleId).containsExactly("CASING/SOME_CASING");
    }

    @Test
    void blankTextIsNotSentToTheEngine() {
        assertThat(new LanguageToolCheck(engine(List.of()))
                .check(new CheckInput("", null, " ", "zh-CN", "en-US", GlossaryIndex.EMPTY))).isEmpty();
        assertThat(checkedLanguages).isEmpty();
    }

    private List<Issue> check(GlossaryIndex glossary, GrammarMatch... matches) {
        return new LanguageToolCheck(engine(List.of(matches)))
                .check(new CheckInput(TEXT, null, TEXT, "zh-CN", "en-US", glossary));
    }

    private static GrammarMatch match(int from, int to, String category, String rule, boolean spelling, String type,
                                      List<String> replacements) {
        return new GrammarMatch(from, to, rule, category, "Message for " + rule + ".", replacements, spelling, type);
    }

    private GrammarEngine engine(List<GrammarMatch> matches) {
        return new GrammarEngine() {
            @Override
            public List<GrammarMatch> check(String text, String languageTag) {
                checkedLanguages.add(languageTag);
                return matches;
            }

            @Override
            public void warm(String languageTag) {}
        };
    }
}
