package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.glossary.ConceptData;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTrieTest {

    private static final List<String> TERMS = List.of("Xi Jinping", "people's livelihood", "high-quality development",
            "one post, two responsibilities", "Three No's", "14th Five-Year Plan", "dual carbon", "CPC");
    private static final String TEXT = "Xi Jinping’s call for high-quality development of the people’s livelihood, "
            + "“one post, two responsibilities”, the Three No’s and the 14th Five-Year Plan; not CPC2, dual-carbon or "
            + "xi jinpings.";

    @Test
    void matchesWholeWordsWithPunctuationInsideAndAround() {
        assertThat(trie(new TermTrie.Builder()).find(TEXT)).extracting(TermHit::matched).containsExactly(
                "Xi Jinping", "high-quality development", "people’s livelihood", "one post, two responsibilities",
                "Three No’s", "14th Five-Year Plan");
    }

    @Test
    void givesTheSameHitsWhenTheWordCodesRunOut() {
        List<TermHit> coded = trie(new TermTrie.Builder()).find(TEXT);

        List<TermHit> partlyByChars = trie(new TermTrie.Builder(new WordCodes.Builder(5))).find(TEXT);

        assertThat(partlyByChars).extracting(TermHit::start, TermHit::end, TermHit::matched)
                .containsExactlyElementsOf(coded.stream()
                        .map(hit -> org.assertj.core.groups.Tuple.tuple(hit.start(), hit.end(), hit.matched())).toList());
    }

    @Test
    void readsAnyCharWhateverItsCode() {
        String odd = "\u0000 Xi Jinping \uFFFF\uFFFE\uFFFD \uD83D\uDE00 CPC \uFF61 双碳";
        TermTrie.Builder builder = new TermTrie.Builder(new WordCodes.Builder(3));
        TERMS.forEach(text -> builder.add(text, false, TermData.of("en-US", text, TermStatus.PREFERRED), null));
        builder.add("双碳", true, TermData.of("zh-CN", "双碳", TermStatus.PREFERRED), null);

        assertThat(builder.build().find(odd)).extracting(TermHit::matched).containsExactly("Xi Jinping", "CPC", "双碳");
    }

    @Test
    void matchesChineseTermsAnywhere() {
        TermData term = TermData.of("zh-CN", "双碳", TermStatus.PREFERRED);
        ConceptData concept = ConceptData.draft(1, null, List.of(term));
        TermTrie trie = new TermTrie.Builder().add("双碳", true, term, concept).build();

        assertThat(trie.find("推动“双碳”工作和双碳目标")).extracting(TermHit::start).containsExactly(3, 9);
    }

    @Test
    void emptyTrieFindsNothing() {
        assertThat(TermTrie.EMPTY.find(TEXT)).isEmpty();
        assertThat(TermTrie.EMPTY.find(null)).isEmpty();
    }

    private static TermTrie trie(TermTrie.Builder builder) {
        for (String text : TERMS) {
            TermData term = new TermData(null, "en-US", text, TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, null,
                    null, null);
            builder.add(text, false, term, ConceptData.draft(1, null, List.of(term)));
        }
        return builder.build();
    }
}
