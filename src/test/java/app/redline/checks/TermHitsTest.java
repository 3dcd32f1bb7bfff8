package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermHitsTest {

    private static final String READOUT = "Study the spirit of xi jinping’s important speech in the world economic BBS.";
    private static final String SOURCE = "学习习近平总书记在世界经济论坛上的重要讲话精神。";
    private static final String CLEAN = "Study the spirit of Xi Jinping’s important speech at the World Economic Forum.";

    private final GlossaryIndex glossary = StarterGlossary.index();

    @Test
    void matchesEachTextOnceForAllChecksOfAnInput() {
        CheckInput input = input(CLEAN);

        assertThat(input.termHits().inCleanText()).isSameAs(input.termHits().inCleanText())
                .isEqualTo(glossary.inTarget(CLEAN)).isNotEmpty();
        assertThat(input.termHits().inReadout()).isSameAs(input.termHits().inReadout())
                .isEqualTo(glossary.inTarget(READOUT)).isNotEmpty();
        assertThat(input.termHits().inSource()).isSameAs(input.termHits().inSource())
                .isEqualTo(glossary.inSource(SOURCE)).isNotEmpty();
    }

    @Test
    void inputsOfTheSameTextsAreEqualWhateverTheyHaveMatched() {
        CheckInput matched = input(CLEAN);
        matched.termHits().inCleanText();

        assertThat(matched).isEqualTo(input(CLEAN)).hasSameHashCodeAs(input(CLEAN));
    }

    @Test
    void keepsNoHitsOfOtherTexts() {
        CheckInput other = input("Xi Jinping spoke.");
        other.termHits().inCleanText();

        CheckInput input = new CheckInput(READOUT, SOURCE, CLEAN, "zh-CN", "en-US", glossary, other.termHits());

        assertThat(input.termHits()).isNotSameAs(other.termHits());
        assertThat(input.termHits().inCleanText()).isEqualTo(glossary.inTarget(CLEAN));
    }

    @Test
    void findsNothingWithoutAGlossary() {
        CheckInput input = new CheckInput(READOUT, SOURCE, CLEAN, "zh-CN", "en-US", null);

        assertThat(input.termHits().inCleanText()).isEmpty();
        assertThat(input.termHits().inReadout()).isEmpty();
        assertThat(input.termHits().inSource()).isEmpty();
    }

    private CheckInput input(String clean) {
        return new CheckInput(READOUT, SOURCE, clean, "zh-CN", "en-US", glossary);
    }
}
