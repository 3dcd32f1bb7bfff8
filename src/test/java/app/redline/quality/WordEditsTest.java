package app.redline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordEditsTest {

    private final WordTokens tokens = new WordTokens("en-US");

    @Test
    void countsInsertionsDeletionsAndSubstitutionsOfWords() {
        assertThat(edits("The committee adopted the report.", "The committee adopted the report.")).isZero();
        assertThat(edits("The committee adopted the report.", "The committee adopted its report.")).isEqualTo(1);
        assertThat(edits("The committee adopted the report.", "The committee adopted the final report.")).isEqualTo(1);
        assertThat(edits("The committee adopted the final report.", "The committee adopted the report.")).isEqualTo(1);
        // "annual" deleted, "for the year" inserted.
        assertThat(edits("The meeting reviewed the annual plan.", "The meeting reviewed the plan for the year.")).isEqualTo(4);
        // Two words replaced by three: three edits.
        assertThat(edits("He said hello.", "She told everyone goodbye.")).isEqualTo(4);
    }

    @Test
    void spacingIsNoWordEditButCaseIs() {
        assertThat(edits("in an all-round way.We should act", "in an all-round way. We should act")).isZero();
        assertThat(edits("the  city", "the city")).isZero();
        assertThat(edits("xi jinping said", "Xi Jinping said")).isEqualTo(2);
    }

    @Test
    void theRateIsEditsPerReferenceTokenAndEmptyReferencesHaveNone() {
        List<String> reference = tokens.tokens("The committee adopted its report.");
        assertThat(reference).containsExactly("The", "committee", "adopted", "its", "report", ".");
        assertThat(WordEdits.rate(1, reference.size())).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(WordEdits.rate(3, 0)).isNull();
        assertThat(edits("Views: 8", "")).isEqualTo(3);
    }

    @Test
    void wordsAreCountedByWordBoundariesNotBySpaces() {
        assertThat(tokens.words("The all-round plan, Xi Jinping's 3.5% growth.")).isEqualTo(7);
        assertThat(tokens.words("in an all-round way.We should")).isEqualTo(6);
        assertThat(tokens.words("e.g. the U.S. economy")).isEqualTo(4);
        assertThat(tokens.words("  — ; ")).isZero();
        assertThat(tokens.words("")).isZero();
    }

    private int edits(String readout, String clean) {
        return WordEdits.between(tokens.tokens(readout), tokens.tokens(clean));
    }
}
