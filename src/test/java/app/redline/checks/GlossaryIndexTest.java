package app.redline.checks;

import static app.redline.checks.StarterGlossary.concept;
import static app.redline.checks.StarterGlossary.term;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.glossary.EffectiveGlossary;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GlossaryIndexTest {

    private static final String CHANGCHUN = "Meeting communicate learning xi jinping, general secretary of the 2022 "
            + "world economic BBS video conference’s important speech spirit, emphasize always mind “two overall "
            + "situation”, heart is “the head of the”, consciously put work in changchun in the party and the nation’s "
            + "overall work research thinking";

    private final GlossaryIndex index = StarterGlossary.index();

    @Test
    void findsTargetTermsAsWholeWordsWhateverTheirCase() {
        List<TermHit> hits = index.inTarget(CHANGCHUN);

        assertThat(hits).extracting(TermHit::matched)
                .contains("xi jinping", "world economic BBS", "important speech spirit", "changchun");
        TermHit xi = hits.stream().filter(hit -> hit.matched().equals("xi jinping")).findFirst().orElseThrow();
        assertThat(xi.start()).isEqualTo(CHANGCHUN.indexOf("xi jinping"));
        assertThat(xi.end()).isEqualTo(xi.start() + "xi jinping".length());
        assertThat(xi.term().text()).isEqualTo("Xi Jinping");
        assertThat(xi.concept().terms()).extracting("text").contains("习近平");
    }

    @Test
    void keepsOffsetsIntoTheOriginalTextWhenItHasCurlyApostrophes() {
        String text = "take concrete actions to cash commitment of the people’s livelihood, enhance the masses";

        TermHit hit = index.inTarget(text).stream().filter(h -> h.term().text().equals("people's livelihood"))
                .findFirst().orElseThrow();

        assertThat(hit.matched()).isEqualTo("people’s livelihood");
        assertThat(hit.start()).isEqualTo(text.indexOf("people’s"));
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("people’s livelihood");
    }

    @Test
    void doesNotMatchPartOfALongerWord() {
        assertThat(index.inTarget("the high-spirited spirits of the cadre")).extracting(TermHit::matched)
                .doesNotContain("spirit", "spirits").contains("cadre");
    }

    @Test
    void findsInflectedFormsOfInflectedTermsOnly() {
        String text = "We should strengthen the promotion of special teams, take practical measures to focus on projects";

        TermHit hit = index.inTarget(text).stream().filter(h -> h.term().text().equals("special team"))
                .findFirst().orElseThrow();

        assertThat(hit.matched()).isEqualTo("special teams");
        assertThat(hit.start()).isEqualTo(text.indexOf("special teams"));
        assertThat(index.inTarget("the central patrol groups")).extracting(h -> h.term().text()).contains("patrol group");
        assertThat(index.inTarget("officials must put the people first")).extracting(h -> h.term().text())
                .contains("officials", "put the people first");
        assertThat(index.inTarget("a party that puts the people first")).extracting(h -> h.term().text())
                .contains("put the people first");
        assertThat(index.inTarget("carry forward the fighting spirits")).isEmpty();
    }

    @Test
    void findsChineseSourceTermsAnywhereInTheText() {
        String source = "会议强调，要推动“双碳”工作，市委常委会要带头";

        List<TermHit> hits = index.inSource(source);

        assertThat(hits).extracting(TermHit::matched).containsExactly("双碳", "市委常委会", "市委");
        assertThat(hits.getFirst().start()).isEqualTo(source.indexOf("双碳"));
        assertThat(hits.getFirst().end()).isEqualTo(source.indexOf("双碳") + 2);
    }

    @Test
    void findsOnlyKnownMtRenderingsInTheReadout() {
        List<TermHit> hits = index.inReadout(CHANGCHUN);

        assertThat(hits).extracting(TermHit::matched).containsExactly("world economic BBS", "important speech spirit",
                "two overall situation", "the head of the");
        assertThat(hits).noneMatch(TermHit::approved);
    }

    @Test
    void acceptsTheWordsOfApprovedTermsForSpellChecking() {
        assertThat(index.acceptedWords()).contains("Jinping", "Fuxin", "Changchun", "Liaoning", "CPC",
                "people-centered", "centered", "Two", "Establishments", "teams");
        assertThat(index.acceptedWords()).doesNotContain("BBS", "CCP");
    }

    @Test
    void offersApprovedTermsPreferredFirst() {
        var dualCarbon = index.inSource("双碳").getFirst().concept();

        assertThat(index.approvedTerms(dualCarbon)).extracting("text")
                .containsExactly("carbon peaking and carbon neutrality goals", "dual carbon", "dual-carbon");
        assertThat(index.sourceTerms(dualCarbon)).extracting("text").containsExactly("双碳");
    }

    @Test
    void ignoresTermsInOtherLanguages() {
        var german = concept(term("de-DE", "Arbeitsgruppe", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD),
                term("en-GB", "working group", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD));
        GlossaryIndex built = StarterGlossary.index(german);

        assertThat(built.inTarget("die Arbeitsgruppe and the working group")).extracting(TermHit::matched)
                .containsExactly("working group");
    }

    @Test
    void emptyIndexFindsNothing() {
        assertThat(GlossaryIndex.EMPTY.inTarget(CHANGCHUN)).isEmpty();
        assertThat(GlossaryIndex.EMPTY.inSource("双碳")).isEmpty();
        assertThat(GlossaryIndex.EMPTY.inReadout(CHANGCHUN)).isEmpty();
        assertThat(GlossaryIndex.EMPTY.acceptedWords()).isEmpty();
        assertThat(GlossaryIndex.EMPTY.revisionKey()).isEmpty();
        assertThat(GlossaryIndex.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void keepsTheGlossaryRevisionKey() {
        GlossaryIndex built = GlossaryIndex.of(new EffectiveGlossary("p7-g12-r3", List.of()), "zh-CN", "en-US");

        assertThat(built.revisionKey()).isEqualTo("p7-g12-r3");
        assertThat(built.isEmpty()).isTrue();
    }

    @Test
    void givesTheSameHitsFromManyThreadsAtOnce() {
        List<String> texts = IntStream.range(0, 2_000).mapToObj(i -> CHANGCHUN + " " + i).toList();
        List<Integer> sequential = texts.stream().map(text -> index.inTarget(text).size()).toList();

        List<Integer> parallel = texts.parallelStream().map(text -> index.inTarget(text).size()).toList();

        assertThat(parallel).isEqualTo(sequential);
    }
}
