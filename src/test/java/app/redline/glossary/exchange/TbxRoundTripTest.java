package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.ExchangeTestSupport.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TbxRoundTripTest {

    static List<ConceptEntry> richGlossary() {
        return List.of(
                new ConceptEntry("c-1", "Clinical chemistry", "Concentration of glucose in the blood.",
                        "Reviewed 2025\nby the medical team", List.of(
                        new TermEntry("en-US", "blood glucose", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD,
                                "noun", "Patient-facing.", "ISO 15189"),
                        new TermEntry("en-US", "blood sugar", TermStatus.ADMITTED, false, MatchMode.INFLECTED,
                                null, null, null),
                        new TermEntry("zh-CN", "血糖", TermStatus.PREFERRED, false, MatchMode.SUBSTRING, "noun", null, null),
                        new TermEntry("zh-CN", "血糖值", TermStatus.FORBIDDEN, false, MatchMode.SUBSTRING, null,
                                "MT output, never use.", null),
                        new TermEntry("de-DE", "Blutzucker", TermStatus.DEPRECATED, true, MatchMode.WHOLE_WORD, null,
                                null, "Duden"))),
                new ConceptEntry("c-2", null, null, null, List.of(
                        new TermEntry("en-US", "R&D <pilot> \"phase\" 'one'", TermStatus.PREFERRED, true,
                                MatchMode.SUBSTRING, null, "]]> and &amp; are literal text", "a < b & c > d"),
                        new TermEntry("fr-FR", "glycémie 🩸", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD,
                                null, null, null))),
                new ConceptEntry(null, "Haematology", null, null, List.of(
                        new TermEntry("ja", "白血球", TermStatus.ADMITTED, false, MatchMode.SUBSTRING, null, null, null))));
    }

    static byte[] tbx(List<ConceptEntry> concepts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(concepts, "en-US", out);
        return out.toByteArray();
    }

    static List<ConceptEntry> readBack(byte[] tbx) {
        return TbxReader.read(new ByteArrayInputStream(tbx), 4 * LIMIT);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameConceptsIdsIncluded() {
        List<ConceptEntry> glossary = richGlossary();

        assertThat(readBack(tbx(glossary))).isEqualTo(glossary);
    }

    @Test
    void writesTbxBasicMartifWithDoctypeAndSourceLanguage() {
        String xml = new String(tbx(richGlossary()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">")
                .contains("<martif type=\"TBX-Basic\" xml:lang=\"en-US\">")
                .contains("<termEntry id=\"c-1\">")
                .contains("<langSet xml:lang=\"zh-CN\">")
                .contains("<descrip type=\"subjectField\">Clinical chemistry</descrip>")
                .contains("<termNote type=\"partOfSpeech\">noun</termNote>")
                .contains("<admin type=\"source\">ISO 15189</admin>");
    }

    @Test
    void writesForbiddenAsDeprecatedWithForbiddenUsageNote() {
        String xml = new String(tbx(richGlossary()), StandardCharsets.UTF_8);

        assertThat(xml.replaceAll(">\\s+<", "><")).contains("<term>血糖值</term>"
                + "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
                + "<termNote type=\"usageNote\">forbidden</termNote>");
    }

    @Test
    void writesRedlineSwitchesAsPrivateTermNotes() {
        String xml = new String(tbx(richGlossary()), StandardCharsets.UTF_8);

        assertThat(xml).contains("<termNote type=\"x-caseSensitive\">true</termNote>")
                .contains("<termNote type=\"x-matchMode\">inflected</termNote>")
                .doesNotContain("<termNote type=\"x-caseSensitive\">false</termNote>")
                .doesNotContain("<termNote type=\"x-matchMode\">wholeWord</termNote>");
    }

    @Test
    void escapesMarkupThroughTheXmlWriter() {
        String xml = new String(tbx(richGlossary()), StandardCharsets.UTF_8);

        assertThat(xml).contains("R&amp;D &lt;pilot&gt;").doesNotContain("<pilot>");
    }

    @Test
    void groupsTermsOfOneLanguageIntoOneLangSet() {
        String xml = new String(tbx(richGlossary()), StandardCharsets.UTF_8);

        assertThat(xml.split("<langSet xml:lang=\"en-US\">", -1)).hasSize(3); // c-1 and c-2 each have one
    }

    @Test
    void entryWithoutIdIsWrittenWithoutIdAndReadsBackWithout() {
        ConceptEntry noId = richGlossary().get(2);

        assertThat(readBack(tbx(List.of(noId)))).containsExactly(noId);
    }

    @Test
    void dropsControlCharactersXmlCannotCarry() {
        ConceptEntry dirty = new ConceptEntry("c", null, null, null, List.of(new TermEntry("en", "bell\u0007 term",
                TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD, null, null, null)));

        assertThat(readBack(tbx(List.of(dirty))).getFirst().terms().getFirst().text()).isEqualTo("bell term");
    }

    @Test
    void skipsConceptsWithoutTerms() {
        List<ConceptEntry> glossary = new ArrayList<>(richGlossary());
        glossary.add(new ConceptEntry("empty", "x", null, null, List.of()));

        assertThat(readBack(tbx(glossary))).isEqualTo(richGlossary());
    }

    @Test
    void refusesToWriteTwoConceptsWithTheSameId() {
        ConceptEntry one = richGlossary().getFirst();

        assertThatThrownBy(() -> tbx(List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c-1");
    }

    @Test
    void refusesToWriteATermWithoutLanguage() {
        ConceptEntry broken = new ConceptEntry("c", null, null, null, List.of(new TermEntry(null, "x",
                TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD, null, null, null)));

        assertThatThrownBy(() -> tbx(List.of(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text or no language");
    }

    @Test
    void readsAndWritesFiftyThousandTermsQuickly() {
        List<ConceptEntry> glossary = LargeGlossary.concepts(25_000);

        long start = System.nanoTime();
        byte[] file = tbx(glossary);
        long written = System.nanoTime();
        List<ConceptEntry> read = readBack(file);
        long done = System.nanoTime();

        System.out.printf("TBX 50,000 terms / 25,000 concepts, %.1f MB: write %d ms, read %d ms%n",
                file.length / 1024.0 / 1024.0, (written - start) / 1_000_000, (done - written) / 1_000_000);
        assertThat(read).isEqualTo(glossary);
    }
}
