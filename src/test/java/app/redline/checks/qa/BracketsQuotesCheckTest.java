package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.cleanText;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BracketsQuotesCheckTest {

    private final BracketsQuotesCheck check = new BracketsQuotesCheck();

    private List<Issue> check(String text) {
        return check.check(cleanText(text));
    }

    /** The unmatched characters, in order. */
    private List<String> unmatchedIn(String text) {
        return check(text).stream().map(issue -> text.substring(issue.start(), issue.end())).toList();
    }

    @Test
    void acceptsApostrophes() {
        assertThat(check("conveying the spirit of studying Xi Jinping’s important speech, the city’s government "
                + "system, “Don’t Be Corrupt”, strong residents’ willingness and the publicity ministers’ "
                + "conference")).isEmpty();
    }

    @Test
    void acceptsNestedCurlyQuotesFromTheReadout() {
        assertThat(check("documents such as “Fuxin City’s “14th Five-Year Plan” Science and Technology Innovation "
                + "Development Plan” and “Fuxin City’s Implementation Plan”")).isEmpty();
    }

    @Test
    void flagsUnclosedCurlyQuote() {
        String text = "carry out the “E-Spring City campaign, advocate the concept";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(BracketsQuotesCheck.QUOTE);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.start()).isEqualTo(text.indexOf('“'));
            assertThat(issue.end()).isEqualTo(issue.start() + 1);
        });
    }

    @Test
    void flagsClosingQuoteWithoutOpening() {
        assertThat(unmatchedIn("integrate the dual carbon” initiative")).containsExactly("”");
        assertThat(unmatchedIn("strengthen the ‘four consciousnesses")).containsExactly("‘");
        assertThat(unmatchedIn("the saying goes: no gain.’ Then")).containsExactly("’");
    }

    @Test
    void acceptsSingleCurlyQuotesAroundPhrase() {
        assertThat(check("achieve the ‘two safeguards’ and the people’s ‘four self-confidence’ in the ‘90s")).isEmpty();
    }

    @Test
    void flagsUnbalancedBrackets() {
        assertThat(unmatchedIn("the Standing Committee (CPC Municipal Committee met")).containsExactly("(");
        assertThat(unmatchedIn("political and legal work] and publicity")).containsExactly("]");
        assertThat(unmatchedIn("the plan (see [annex) and more]")).containsExactly("[", "]");
        assertThat(check("the plan {see (annex [1])}")).isEmpty();
    }

    @Test
    void acceptsListMarkersAndSmileys() {
        assertThat(check("The meeting asked to 1) study, 2) publicize and a) implement the rules :)")).isEmpty();
    }

    @Test
    void flagsOddStraightQuote() {
        String text = "the \"two safeguards and the \"four consciousnesses\"";
        assertThat(check(text)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(BracketsQuotesCheck.QUOTE);
            assertThat(issue.start()).isEqualTo(text.indexOf('"'));
        });
        assertThat(check("achieve the \"two safeguards\"")).isEmpty();
        assertThat(check("\"a\" and \"b\" and \"c")).hasSize(1);
    }
}
