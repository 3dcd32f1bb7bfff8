package app.redline.document.importing;

import app.redline.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ReadoutSegmenterTest {

    private final ReadoutSegmenter segmenter = new ReadoutSegmenter();

    private List<String> texts(String text) {
        return texts(text, "en-US");
    }

    private List<String> texts(String text, String languageTag) {
        return segmenter.split(text, languageTag).stream().map(SegmentDraft::text).toList();
    }

    private static String sample(String name) throws IOException {
        return Samples.text(name);
    }

    // --- glue that MT leaves behind

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "es-ES"})
    void splitsSentencesGluedWithoutSpace(String languageTag) {
        assertThat(texts("Implement them in an all-round way.We should strengthen planning.", languageTag))
                .containsExactly("Implement them in an all-round way.", "We should strengthen planning.");
        assertThat(texts("Focus on projects, enterprises and industries.We will act.", languageTag))
                .containsExactly("Focus on projects, enterprises and industries.", "We will act.");
        assertThat(texts("Growth reached 6.3.The target was met.", languageTag))
                .containsExactly("Growth reached 6.3.", "The target was met.");
        assertThat(texts("Studying and deploying relevant key work.Meeting to convey the spirit.", languageTag))
                .containsExactly("Studying and deploying relevant key work.", "Meeting to convey the spirit.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "fr-FR", "es-ES"})
    void splitsGlueAfterOneLetterOrAbbreviationLikeWords(String languageTag) {
        assertThat(texts("Draw up plan a.We will follow it.", languageTag))
                .containsExactly("Draw up plan a.", "We will follow it.");
        assertThat(texts("Improve talent, entrepreneurship, etc.The city provides support.", languageTag))
                .containsExactly("Improve talent, entrepreneurship, etc.", "The city provides support.");
        assertThat(texts("Exports grew 5%.Imports fell.", languageTag))
                .containsExactly("Exports grew 5%.", "Imports fell.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "fr-FR", "es-ES"})
    void splitsGlueAfterClosingQuotesAndBrackets(String languageTag) {
        assertThat(texts("Promote “double carbon”.We will act.", languageTag))
                .containsExactly("Promote “double carbon”.", "We will act.");
        assertThat(texts("Promote “double carbon.”We will act.", languageTag))
                .containsExactly("Promote “double carbon.”", "We will act.");
        assertThat(texts("The plan (2022).Another plan follows.", languageTag))
                .containsExactly("The plan (2022).", "Another plan follows.");
        assertThat(texts("Is it done?Yes it is!Good.", languageTag))
                .containsExactly("Is it done?", "Yes it is!", "Good.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "es-ES"})
    void doesNotSplitAtCommaGlue(String languageTag) {
        String sentence = "Unswervingly deepen reform and opening up,We will unswervingly promote ecological progress.";
        assertThat(texts(sentence, languageTag)).containsExactly(sentence);
        assertThat(texts("We, actively adjust the structure,We will support new energy.", languageTag)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-ES"})
    void neverCutsRightAfterAColon(String languageTag) {
        assertThat(texts("The meeting also examined other matters.Source: Changchun Daily", languageTag))
                .containsExactly("The meeting also examined other matters.", "Source: Changchun Daily");
    }

    // --- things that look like sentence ends but are not

    @ParameterizedTest
    @ValueSource(strings = {
            "Middle School No. 5 opened.",
            "Growth was 3.5 percent this year.",
            "The U.S. delegation arrived.",
            "U.S. officials attended the meeting.",
            "Mr. Li met Dr. Wang yesterday.",
            "The notice is dated 2023-02-09 and signed.",
            "Use clean energy, e.g. this kind of solar power.",
            "Version 6.3.1 of the plan was adopted.",
            "Output rose by 12.75 percent to 1,234.5 billion yuan.",
            "Details are on www.gov.cn and news.cn for everyone.",
            "Read http://www.gov.cn/Zhengce/Content.Html for the text.",
            "Write to Li.Wang@gov.cn with questions.",
            "The meeting ended at 3 p.m. The talks resume tomorrow.",
            "The talks began at 9 a.m. Beijing time on Monday.",
    })
    void keepsAbbreviationsDecimalsDatesAndAddressesTogether(String sentence) {
        assertThat(texts(sentence)).containsExactly(sentence);
    }

    @Test
    void keepsNamesAfterTitlesEvenWhenTheSpaceIsMissing() {
        assertThat(texts("Mr.Li met Dr.Wang and Prof.Zhang.")).containsExactly("Mr.Li met Dr.Wang and Prof.Zhang.");
    }

    @Test
    void keepsDottedAbbreviationsGluedToTheNextWord() {
        assertThat(texts("Use clean energy, e.g.Solar power, i.e.Panels.")).hasSize(1);
        assertThat(texts("The session ended at 5 p.m.The next one starts Monday.")).hasSize(1);
    }

    @Test
    void keepsCompanyNamesTogether() {
        assertThat(texts("Fuxin Mining Co.Ltd signed the agreement.")).containsExactly("Fuxin Mining Co.Ltd signed the agreement.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "es-ES"})
    void keepsQuotedSlogansTogether(String languageTag) {
        String withCommas = "Promote the “Don’t Be Corrupt, Can’t Be Corrupted, and Don’t Want to Be Corrupted”, and keep an eye on key areas.";
        assertThat(texts(withCommas, languageTag)).containsExactly(withCommas);
        String withFullStops = "Promote the “Don’t Be Corrupt. Can’t Be Corrupted.” campaign in every office.";
        assertThat(texts(withFullStops, languageTag)).containsExactly(withFullStops);
        String glued = "Promote the “Don’t Be Corrupt.Can’t Be Corrupted” campaign.";
        assertThat(texts(glued, languageTag)).containsExactly(glued);
    }

    @Test
    void keepsGermanAndGuillemetQuotesTogether() {
        assertThat(texts("Er rief „Nicht korrupt sein. Nicht korrumpierbar sein.“ und ging.", "de-DE")).hasSize(1);
        assertThat(texts("Il a lancé « Ne pas être corrompu. Ne pas pouvoir l’être. » hier.", "fr-FR")).hasSize(1);
    }

    @Test
    void splitsAfterAClosingQuoteThatEndsASentence() {
        assertThat(texts("He said “Go now.” Then he left."))
                .containsExactly("He said “Go now.”", "Then he left.");
    }

    @Test
    void splitsAfterAnAddressThatEndsASentence() {
        assertThat(texts("The text is on www.gov.cn.The meeting ended."))
                .containsExactly("The text is on www.gov.cn.", "The meeting ended.");
    }

    // --- paragraphs, lines and whitespace

    @Test
    void numbersParagraphsByBlankLinesAndStartsASegmentOnEveryLine() {
        List<SegmentDraft> segments = segmenter.split(
                "Title of the readout\n\n\n  \nViews: 8\nSource: Fuxin News Network\n\nFirst sentence. Second sentence.\n", "en-US");

        assertThat(segments).containsExactly(
                new SegmentDraft(0, "Title of the readout", true),
                new SegmentDraft(1, "Views: 8", false),
                new SegmentDraft(1, "Source: Fuxin News Network", false),
                new SegmentDraft(2, "First sentence.", true),
                new SegmentDraft(2, "Second sentence.", true));
    }

    @Test
    void acceptsWindowsLineEndings() {
        assertThat(segmenter.split("One.\r\n\r\nTwo.\r\nThree.", "en-US")).containsExactly(
                new SegmentDraft(0, "One.", true),
                new SegmentDraft(1, "Two.", true),
                new SegmentDraft(1, "Three.", true));
    }

    @Test
    void trimsSegmentsAndDropsEmptyOnes() {
        assertThat(texts("   Leading and trailing.\u00A0  Two spaces.   \n\t\n")).containsExactly("Leading and trailing.", "Two spaces.");
        assertThat(segmenter.split("", "en-US")).isEmpty();
        assertThat(segmenter.split(" \n\n \t ", "en-US")).isEmpty();
    }

    @Test
    void fallsBackToEnglishForUnknownLanguages() {
        assertThat(texts("The work went well.We will continue.", "zh-CN"))
                .containsExactly("The work went well.", "We will continue.");
        assertThat(texts("The work went well. We will continue.", null)).hasSize(2);
        assertThat(texts("The work went well. We will continue.", "")).hasSize(2);
    }

    @Test
    void usesTheRulesOfTheReadoutLanguage() {
        assertThat(texts("Am 3. Mai tagte der Ausschuss. Er beschloss den Plan.", "de-DE"))
                .containsExactly("Am 3. Mai tagte der Ausschuss.", "Er beschloss den Plan.");
        assertThat(texts("La réunion a eu lieu.Le maire a parlé.", "fr-FR"))
                .containsExactly("La réunion a eu lieu.", "Le maire a parlé.");
        assertThat(texts("La reunión se celebró.El alcalde habló.", "es-ES"))
                .containsExactly("La reunión se celebró.", "El alcalde habló.");
    }

    // --- the two real readouts, segment boundaries decided by hand

    @Test
    void splitsTheChangchunReadoutWhereATranslatorWould() throws IOException {
        String readout = sample("changchun-standing-committee.mt.txt");

        List<SegmentDraft> segments = segmenter.split(readout, "en-US");

        // Title, date line, then a paragraph of 14 sentences glued without spaces plus the glued byline.
        assertThat(segments).hasSize(17);
        assertThat(segments.getFirst()).isEqualTo(new SegmentDraft(0,
                "Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Municipal Committee", true));
        assertThat(segments.get(1)).isEqualTo(new SegmentDraft(1, "2022-06-21 0 By", false));
        assertThat(segments.get(2).text()).endsWith("studying and deploying relevant key work.");
        assertThat(segments.get(3).text()).startsWith("Meeting to convey xi general secretary")
                .endsWith("expanding green and growth.");
        // ",We will" is a comma splice, not a sentence end.
        assertThat(segments.get(4).text()).startsWith("We, actively adjust the industrial structure and energy structure,We will vigorously support")
                .endsWith("low-carbon demonstration cities.");
        assertThat(segments.get(6).text()).contains("unswervingly deepen reform and opening up,We will unswervingly promote")
                .endsWith("one trillion yuan.");
        assertThat(segments.get(10).text()).endsWith("and create a strong atmosphere.");
        assertThat(segments.get(11).text()).isEqualTo("We should strengthen the promotion of special teams, take practical "
                + "measures to focus on projects, enterprises and industries, integrate point, line and plane, and "
                + "implement them in an all-round way.");
        assertThat(segments.get(12).text()).startsWith("We should strengthen overall planning,");
        assertThat(segments.get(15)).isEqualTo(new SegmentDraft(2, "The meeting also examined other matters.", true));
        assertThat(segments.getLast()).isEqualTo(new SegmentDraft(2, "Source: Changchun Daily", false));
        assertThat(segments).filteredOn(SegmentDraft::translatable).hasSize(15);
        assertThat(segments).allSatisfy(segment -> assertThat(segment.text()).doesNotContainPattern("[a-z0-9]\\.[A-Z]"));
    }

    @Test
    void splitsTheFuxinReadoutWhereATranslatorWould() throws IOException {
        String readout = sample("fuxin-government-meeting.mt.txt");

        List<SegmentDraft> segments = segmenter.split(readout, "en-US");

        // 5 header lines, then paragraphs of 2, 1, 8, 5, 1 and 1 sentences.
        assertThat(segments).hasSize(23);
        assertThat(segments.subList(0, 5)).containsExactly(
                new SegmentDraft(0, "date 2023-02-09 Date: 2023-02-09", false),
                new SegmentDraft(1, "Views: 8", false),
                new SegmentDraft(2, "Source: Fuxin News Network", false),
                new SegmentDraft(3, "Editor in charge: Liu Dongmei", false),
                new SegmentDraft(4, "Text Size: Large Medium Small", false));
        assertThat(segments.get(5).text()).startsWith("On February 8, the municipal government held")
                .endsWith("study the implementation of the municipal government system.");
        assertThat(segments.get(6)).isEqualTo(new SegmentDraft(5,
                "Zhou Pengju, mayor and party secretary of the municipal government, presided over the meeting and delivered a speech.", true));
        assertThat(segments.get(8)).isEqualTo(new SegmentDraft(7,
                "According to the requirements of the meeting, first, we must talk about politics with a clear-cut stand.", true));
        assertThat(segments.get(13).text()).contains("promote the “Don’t Be Corrupt, Can’t Be Corrupted, and Don’t Want to Be Corrupted”, keep an eye");
        assertThat(segments.get(16).text()).startsWith("The executive meeting deliberated and approved in principle documents such as “Fuxin City’s “14th Five-Year Plan”")
                .endsWith("Rural Delivery Logistics System”.");
        assertThat(segments.get(18).text()).endsWith("ecological environment for innovation and entrepreneurship, etc.");
        assertThat(segments.get(19).text()).startsWith("The “Double Demonstration City” provides strong support");
        assertThat(segments.getLast()).isEqualTo(new SegmentDraft(10,
                "Comrades in charge of the relevant departments of the high-tech zone, the municipal government and the "
                        + "central provincial government attended the meeting.", true));
        assertThat(segments).filteredOn(SegmentDraft::translatable).hasSize(18);
    }

    @Test
    void keepsEveryCharacterOfTheSamplesExceptWhitespace() throws IOException {
        for (String name : List.of("changchun-standing-committee.mt.txt", "fuxin-government-meeting.mt.txt")) {
            String readout = sample(name);
            String rejoined = String.join("", texts(readout));
            assertThat(rejoined.replaceAll("\\s", "")).isEqualTo(readout.replaceAll("\\s", ""));
            assertThat(texts(readout)).allSatisfy(segment -> assertThat(readout).contains(segment));
        }
    }

    // --- concurrency and speed

    @Test
    void givesTheSameResultWhenUsedFromManyThreads() throws Exception {
        String readout = sample("changchun-standing-committee.mt.txt") + "\n\n" + sample("fuxin-government-meeting.mt.txt");
        List<SegmentDraft> expected = segmenter.split(readout, "en-US");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<SegmentDraft>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String tag = List.of("en-US", "de-DE", "fr-FR", "es-ES").get(i % 4);
                results.add(pool.submit(() -> {
                    segmenter.split(readout, tag);
                    return segmenter.split(readout, "en-US");
                }));
            }
            for (Future<List<SegmentDraft>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void splitsAMegabyteReadoutInOrder() throws IOException {
        String samples = sample("changchun-standing-committee.mt.txt") + "\n\n" + sample("fuxin-government-meeting.mt.txt") + "\n\n";
        int repetitions = 1_000_000 / samples.length() + 1;
        String megabyte = samples.repeat(repetitions);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            segmenter.split(megabyte, "en-US");
        }

        long start = System.nanoTime();
        List<SegmentDraft> segments = segmenter.split(megabyte, "en-US");
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Split %,d characters into %,d segments in %d ms%n", megabyte.length(), segments.size(), millis);
        // 17 + 23 segments and 3 + 11 paragraphs per copy of the two samples, in document order although large texts are split in parallel.
        assertThat(segments).hasSize(repetitions * 40);
        assertThat(segments.subList(0, 40)).isEqualTo(segmenter.split(samples, "en-US"));
        assertThat(segments.getLast().paragraph()).isEqualTo(repetitions * 14 - 1);
    }
}
