package app.redline.checks.qa;

import static app.redline.checks.qa.Inputs.clean;
import static app.redline.checks.qa.Inputs.withSource;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    private List<Issue> check(String readout, String cleanText) {
        return check.check(clean(readout, cleanText));
    }

    @Test
    void acceptsNumbersWrittenAsWords() {
        String readout = "speed up efforts to build Changchun into a super-large modern city with over 10 million "
                + "permanent residents and an economic output of over one trillion yuan.";
        String cleanText = "speed up efforts to build Changchun into a super-large modern city with more than ten "
                + "million permanent residents and an economic output of more than 1 trillion yuan.";
        assertThat(check(readout, cleanText)).isEmpty();
        assertThat(check("over 10 million permanent residents", "over 10,000,000 permanent residents")).isEmpty();
        assertThat(check("one hundred and twenty-five villages", "125 villages")).isEmpty();
        assertThat(check("a million tonnes", "1 million tonnes")).isEmpty();
    }

    @Test
    void acceptsOrdinalsWrittenAsWords() {
        String readout = "the third plenary session of the 13th Provincial Commission for Discipline Inspection";
        String cleanText = "the Third Plenary Session of the Thirteenth Provincial Commission for Discipline Inspection";
        assertThat(check(readout, cleanText)).isEmpty();
        assertThat(check("the 14th Five-Year Plan", "the fourteenth Five-Year Plan")).isEmpty();
        assertThat(check("the 3rd session", "the third session")).isEmpty();
        assertThat(check("the 21st century", "the twenty-first century")).isEmpty();
        assertThat(check("the twentieth congress", "the 20th Congress")).isEmpty();
    }

    @Test
    void flagsYearMissingFromCleanText() {
        String readout = "Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS "
                + "video conference’s important speech spirit";
        String cleanText = "The meeting studied the important speech by General Secretary Xi Jinping at the video "
                + "conference of the World Economic Forum.";
        List<Issue> issues = check(readout, cleanText);
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(NumberIssues.MISSING);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.message()).contains("2022");
            assertThat(issue.start()).isZero();
            assertThat(issue.end()).isEqualTo(cleanText.length());
            assertThat(issue.replacements()).isEmpty();
        });
    }

    @Test
    void flagsChangedOrdinalAndOffersTheReadoutOne() {
        String readout = "the Second Plenary Session of the 20th Central Commission for Discipline Inspection";
        String cleanText = "the Second Plenary Session of the 19th Central Commission for Discipline Inspection";
        assertThat(check(readout, cleanText)).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(NumberIssues.CHANGED);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(cleanText.substring(issue.start(), issue.end())).isEqualTo("19th");
            assertThat(issue.replacements()).containsExactly("20th");
        });
    }

    @Test
    void flagsChangedDecimalAndAmount() {
        assertThat(check("GDP grew by 6.3 percent", "GDP grew by 6.8 percent"))
                .singleElement().satisfies(issue -> assertThat(issue.replacements()).containsExactly("6.3 percent"));
        assertThat(check("over 10 million permanent residents", "over 12 million permanent residents"))
                .singleElement().satisfies(issue -> assertThat(issue.replacements()).containsExactly("10 million"));
    }

    @Test
    void acceptsPercentagesAndDecimalsWrittenDifferently() {
        assertThat(check("grew by 6.3 percent", "grew by 6.3%")).isEmpty();
        assertThat(check("grew by 6.30%", "grew 6.3 per cent")).isEmpty();
        assertThat(check("an output of 1.5 billion yuan", "an output of one billion five hundred million yuan"))
                .isEmpty();
    }

    @Test
    void acceptsIsoDatesWrittenOut() {
        assertThat(check("date 2023-02-09", "February 9, 2023")).isEmpty();
        assertThat(check("date 2023-02-09", "on 9 February 2023")).isEmpty();
        assertThat(check("2022-06-21", "on the 21st of June, 2022")).isEmpty();
        assertThat(check("On February 8, the municipal government held", "On 8 February the city government held"))
                .isEmpty();
    }

    @Test
    void flagsChangedDateInTheCleanTextsStyle() {
        assertThat(check("date 2023-02-09", "on February 8, 2023")).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(NumberIssues.CHANGED);
            assertThat(issue.replacements()).containsExactly("February 9, 2023");
        });
    }

    @Test
    void flagsDateThatLostItsYear() {
        String cleanText = "Zhang Zhijun presided over a meeting on June 21.";
        assertThat(check("2022-06-21 Zhang Zhijun presided over a meeting", cleanText))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.ruleId()).isEqualTo(NumberIssues.YEAR_DROPPED);
                    assertThat(cleanText.substring(issue.start(), issue.end())).isEqualTo("June 21");
                    assertThat(issue.replacements()).containsExactly("June 21, 2022");
                });
        assertThat(check("2022-06-21", "on June 21 of 2022")).isEmpty();
    }

    @Test
    void flagsAbbreviatedAmountThatChangedValue() {
        String cleanText = "a city of over 10m permanent residents";
        assertThat(check("over 10 million permanent residents", cleanText)).singleElement().satisfies(issue -> {
            assertThat(cleanText.substring(issue.start(), issue.end())).isEqualTo("10m");
            assertThat(issue.replacements()).containsExactly("10 million");
        });
        assertThat(check("an output of 1.2 billion yuan", "an output of 1.2bn yuan")).isEmpty();
    }

    @Test
    void warnsAboutNumbersInNeitherReadoutNorSource() {
        String cleanText = "The meeting reviewed the 2022 annual learning plan for 300 cadres.";
        List<Issue> issues = check("The meeting reviewed the 2022 annual learning plan of the Theoretical Learning "
                + "Center Group of the Municipal Party Committee.", cleanText);
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(NumberIssues.EXTRA);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(cleanText.substring(issue.start(), issue.end())).isEqualTo("300");
        });
    }

    @Test
    void doesNotDemandSmallNumberWords() {
        assertThat(check("First, we must talk about politics with a clear-cut stand.",
                "We must, above all, take a clear political stand.")).isEmpty();
        assertThat(check("one of the key areas", "among the key areas")).isEmpty();
        assertThat(check("the “two safeguards”", "the Two Upholds")).isEmpty();
    }

    @Test
    void acceptsNumbersTheSourceHas() {
        String source = "2022年6月21日，张志军主持召开市委常委会会议。";
        assertThat(check.check(withSource("Zhang Zhijun presided over a meeting on Monday",
                source, "On June 21, 2022, Zhang Zhijun presided over a meeting."))).isEmpty();
        assertThat(check.check(withSource("over 10 million permanent residents", "常住人口超过1000万",
                "more than ten million permanent residents"))).isEmpty();
    }

    @Test
    void flagsSourceNumberMissingFromCleanText() {
        List<Issue> issues = check.check(withSource("the annual learning plan", "2022年度学习计划",
                "the annual learning plan"));
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo(NumberIssues.MISSING_FROM_SOURCE);
            assertThat(issue.message()).contains("2022");
        });
    }

    @Test
    void readsChineseDatesAndMonthRangesInTheSource() {
        assertThat(check.check(withSource("From January to May, output grew 6.3%", "1-5月，全市产值增长6.3%",
                "From January to May, output grew by 6.3 percent"))).isEmpty();
        assertThat(check.check(withSource("On February 8", "2月8日", "On February 8"))).isEmpty();
    }

    @Test
    void ignoresChineseNumeralsInTheSource() {
        assertThat(check.check(withSource("the 14th Five-Year Plan", "“十四五”规划", "the 14th Five-Year Plan")))
                .isEmpty();
    }

    @Test
    void reportsEachMissingValueOnce() {
        String readout = "the third plenary session of the 13th Provincial Commission and the third plenary session "
                + "of the 13th Municipal Commission";
        assertThat(check(readout, "the plenary sessions of the provincial and municipal commissions"))
                .singleElement().satisfies(issue -> assertThat(issue.message()).contains("13th"));
    }

    @Test
    void passesUntouchedSampleParagraph() {
        String paragraph = "On February 8, the municipal government held an enlarged meeting of the party group and "
                + "an executive meeting to convey and study the spirit of the third plenary session of the 13th "
                + "Provincial Commission for Discipline Inspection and the third plenary session of the 13th "
                + "Municipal Commission for Discipline Inspection.";
        assertThat(check(paragraph, paragraph)).isEmpty();
    }
}
