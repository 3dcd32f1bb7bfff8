package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.ExchangeTestSupport.LIMIT;
import static app.redline.glossary.exchange.ExchangeTestSupport.entryWithTerm;
import static app.redline.glossary.exchange.ExchangeTestSupport.martif;
import static app.redline.glossary.exchange.ExchangeTestSupport.onlyTerm;
import static app.redline.glossary.exchange.ExchangeTestSupport.readTbx;
import static app.redline.glossary.exchange.ExchangeTestSupport.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TbxReaderTest {

    private static List<ConceptEntry> sample() {
        InputStream in = TbxReaderTest.class.getResourceAsStream("/glossary/tbx-basic-sample.tbx");
        return TbxReader.read(in, LIMIT);
    }

    @Test
    void readsRealisticMultiLanguageTbxBasicSample() {
        List<ConceptEntry> concepts = sample();

        assertThat(concepts).extracting(ConceptEntry::externalId).containsExactly("c-1001", "c-1002", "c-1003");
        ConceptEntry glucose = concepts.getFirst();
        assertThat(glucose.subjectField()).isEqualTo("Clinical chemistry");
        assertThat(glucose.definition())
                .isEqualTo("Concentration of glucose in the blood, usually reported in mmol/L or mg/dL.");
        assertThat(glucose.note()).isEqualTo("Checked against the 2024 readout style guide.");
        assertThat(glucose.terms()).containsExactly(
                new TermEntry("en-US", "blood glucose", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, "noun",
                        "Use in patient-facing readouts.", "ISO 15189:2022"),
                new TermEntry("en-US", "blood sugar", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD, "noun", null, null),
                new TermEntry("de-DE", "Blutzucker", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, "noun", null, null),
                new TermEntry("de-DE", "Blutglukose", TermStatus.DEPRECATED, false, MatchMode.WHOLE_WORD, null,
                        "Spelling used by older lab reports.", null),
                new TermEntry("zh-CN", "血糖", TermStatus.PREFERRED, false, MatchMode.SUBSTRING, "noun", null, null),
                new TermEntry("fr-FR", "glycémie", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, "noun", null, null));
    }

    @Test
    void readsStatusesForbiddenMarkerAndRedlineSwitchesFromSample() {
        ConceptEntry whiteCell = sample().get(1);

        assertThat(whiteCell.definition()).startsWith("Blood cell of the immune system");
        assertThat(whiteCell.note()).isNull();
        assertThat(whiteCell.terms()).extracting(TermEntry::text, TermEntry::status, TermEntry::caseSensitive, TermEntry::matchMode)
                .containsExactly(
                        tuple("white blood cell", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD),
                        tuple("leucocyte", TermStatus.DEPRECATED, false, MatchMode.WHOLE_WORD),
                        tuple("WBC", TermStatus.ADMITTED, true, MatchMode.WHOLE_WORD),
                        tuple("Leukozyt", TermStatus.PREFERRED, false, MatchMode.INFLECTED),
                        tuple("weißes Blutkörperchen", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD),
                        tuple("白细胞", TermStatus.PREFERRED, false, MatchMode.SUBSTRING),
                        tuple("白血球", TermStatus.FORBIDDEN, false, MatchMode.SUBSTRING),
                        tuple("globule blanc", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD));
    }

    @Test
    void readsEscapedTextCdataInlineMarkupAndLanguageLevelSourceFromSample() {
        ConceptEntry panel = sample().get(2);

        assertThat(panel.terms().getFirst())
                .isEqualTo(new TermEntry("en-US", "sodium & potassium panel", TermStatus.PREFERRED, false,
                        MatchMode.WHOLE_WORD, null, "Write panel, never \"profile\".", "Lab handbook, 3rd edition"));
        assertThat(panel.terms().get(1).text()).isEqualTo("Natrium-Kalium-Panel");
        assertThat(panel.terms().get(1).authority()).isNull();
    }

    @Test
    void definitionSourceInsideDescripGrpIsNotTakenAsTermAuthority() {
        ConceptEntry glucose = sample().getFirst();

        assertThat(glucose.terms()).extracting(TermEntry::authority).doesNotContain("WHO laboratory glossary");
    }

    @Test
    void readsTbx3ConceptEntriesWithLangSecAndTermSec() {
        String tbx3 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text>
                    <body>
                      <conceptEntry id="ce-7">
                        <descrip type="subjectField">Oncology</descrip>
                        <langSec xml:lang="en">
                          <descrip type="definition">Abnormal growth of tissue.</descrip>
                          <termSec>
                            <term>tumour</term>
                            <termNote type="partOfSpeech">noun</termNote>
                            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                            <admin type="source">NCI thesaurus</admin>
                            <note>British spelling.</note>
                          </termSec>
                        </langSec>
                        <langSec xml:lang="ja">
                          <termSec>
                            <term>腫瘍</term>
                            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                          </termSec>
                        </langSec>
                      </conceptEntry>
                    </body>
                  </text>
                </tbx>
                """;

        assertThat(readTbx(tbx3)).containsExactly(new ConceptEntry("ce-7", "Oncology", "Abnormal growth of tissue.", null,
                List.of(new TermEntry("en", "tumour", TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, "noun",
                                "British spelling.", "NCI thesaurus"),
                        new TermEntry("ja", "腫瘍", TermStatus.ADMITTED, false, MatchMode.SUBSTRING, null, null, null))));
    }

    @Test
    void readsTbx3DctStyleWhereCategoriesAreElementNames() {
        String dct = """
                <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
                  <text><body>
                    <conceptEntry id="d1">
                      <min:subjectField>Cardiology</min:subjectField>
                      <langSec xml:lang="de">
                        <termSec>
                          <term>Herzinfarkt</term>
                          <min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>
                          <basic:partOfSpeech>noun</basic:partOfSpeech>
                          <basic:source>Pschyrembel</basic:source>
                        </termSec>
                      </langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;

        ConceptEntry concept = readTbx(dct).getFirst();

        assertThat(concept.subjectField()).isEqualTo("Cardiology");
        assertThat(concept.terms()).containsExactly(new TermEntry("de", "Herzinfarkt", TermStatus.DEPRECATED, false,
                MatchMode.WHOLE_WORD, "noun", null, "Pschyrembel"));
    }

    @ParameterizedTest
    @CsvSource({
            "EN-us, en-US", "en_gb, en-GB", "zh-CN, zh-CN", "zh-hans-cn, zh-Hans-CN", "de, de", "DE, de", "sr-latn, sr-Latn"})
    void normalisesLanguageCodes(String inFile, String expected) {
        String xml = martif("""
                <termEntry><langSet xml:lang="%s"><tig><term>x</term></tig></langSet></termEntry>
                """.formatted(inFile));

        assertThat(onlyTerm(readTbx(xml)).language()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "administrativeStatus, preferredTerm-admn-sts, PREFERRED",
            "administrativeStatus, admittedTerm-admn-sts, ADMITTED",
            "administrativeStatus, deprecatedTerm-admn-sts, DEPRECATED",
            "administrativeStatus, supersededTerm-admn-sts, DEPRECATED",
            "administrativeStatus, preferredTerm, PREFERRED",
            "administrativeStatus, admittedTerm, ADMITTED",
            "administrativeStatus, deprecatedTerm, DEPRECATED",
            "administrativeStatus, supersededTerm, DEPRECATED",
            "normativeAuthorization, preferredTerm, PREFERRED",
            "normativeAuthorization, admittedTerm, ADMITTED",
            "normativeAuthorization, deprecatedTerm, DEPRECATED",
            "normativeAuthorization, supersededTerm, DEPRECATED",
            "normativeAuthorization, standardizedTerm, PREFERRED"})
    void mapsTbxStatusValues(String category, String value, TermStatus expected) {
        String xml = entryWithTerm("x", "<termNote type=\"%s\">%s</termNote>".formatted(category, value));

        assertThat(onlyTerm(readTbx(xml)).status()).isEqualTo(expected);
    }

    @Test
    void termWithoutStatusIsAdmitted() {
        assertThat(onlyTerm(readTbx(entryWithTerm("x", ""))).status()).isEqualTo(TermStatus.ADMITTED);
    }

    @Test
    void deprecatedWithForbiddenUsageNoteIsForbiddenButPlainDeprecatedIsDeprecated() {
        String forbidden = entryWithTerm("x", """
                <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                <termNote type="usageNote">forbidden</termNote>""");
        String deprecated = entryWithTerm("x", "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");

        assertThat(onlyTerm(readTbx(forbidden)).status()).isEqualTo(TermStatus.FORBIDDEN);
        assertThat(onlyTerm(readTbx(deprecated)).status()).isEqualTo(TermStatus.DEPRECATED);
    }

    @Test
    void administrativeStatusWinsOverNormativeAuthorization() {
        String xml = entryWithTerm("x", """
                <termNote type="normativeAuthorization">deprecatedTerm</termNote>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>""");

        assertThat(onlyTerm(readTbx(xml)).status()).isEqualTo(TermStatus.PREFERRED);
    }

    @Test
    void otherUsageNotesBecomePartOfTheTermNote() {
        String xml = entryWithTerm("x", """
                <termNote type="usageNote">Only in lab reports.</termNote>
                <note>Checked 2024.</note>""");

        assertThat(onlyTerm(readTbx(xml)).note()).isEqualTo("Only in lab reports.\nChecked 2024.");
    }

    @Test
    void acceptsDescripTypeSourceAsAuthority() {
        String xml = entryWithTerm("x", "<descrip type=\"source\">Duden</descrip>");

        assertThat(onlyTerm(readTbx(xml)).authority()).isEqualTo("Duden");
    }

    @Test
    void caseSensitivityAndMatchModeDefaultByLanguageWhenAbsent() {
        String xml = martif("""
                <termEntry>
                  <langSet xml:lang="ja"><tig><term>血圧</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>blood pressure</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>BP</term>
                    <termNote type="x-caseSensitive">yes</termNote>
                    <termNote type="x-matchMode">substring</termNote></tig></langSet>
                </termEntry>""");

        assertThat(readTbx(xml).getFirst().terms())
                .extracting(TermEntry::caseSensitive, TermEntry::matchMode)
                .containsExactly(
                        tuple(false, MatchMode.SUBSTRING),
                        tuple(false, MatchMode.WHOLE_WORD),
                        tuple(true, MatchMode.SUBSTRING));
    }

    @Test
    void entryWithoutIdHasNoExternalId() {
        assertThat(readTbx(martif("<termEntry><langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet></termEntry>"))
                .getFirst().externalId()).isNull();
    }

    @Test
    void readsFileDeclaredAsIso88591() {
        String xml = entryWithTerm("Gefäß", "").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        InputStream latin1 = new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(onlyTerm(TbxReader.read(latin1, LIMIT)).text()).isEqualTo("Gefäß");
    }

    @Test
    void readsUtf8FileWithByteOrderMark() {
        byte[] body = entryWithTerm("Gefäß", "").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(onlyTerm(TbxReader.read(new ByteArrayInputStream(withBom), LIMIT)).text()).isEqualTo("Gefäß");
    }

    @Test
    void readsUtf16FileWithByteOrderMark() {
        String xml = entryWithTerm("血糖", "").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        InputStream utf16 = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16));

        assertThat(onlyTerm(TbxReader.read(utf16, LIMIT)).text()).isEqualTo("血糖");
    }

    @Test
    void rejectsLanguageSectionWithoutLanguage() {
        var e = rejection(() -> readTbx(martif("<termEntry id=\"c9\"><langSet><tig><term>x</term></tig></langSet></termEntry>")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("entry \"c9\"").contains("no xml:lang");
    }
}
