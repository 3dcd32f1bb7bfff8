package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.ExchangeTestSupport.LIMIT;
import static app.redline.glossary.exchange.ExchangeTestSupport.entryWithTerm;
import static app.redline.glossary.exchange.ExchangeTestSupport.martif;
import static app.redline.glossary.exchange.ExchangeTestSupport.readTbx;
import static app.redline.glossary.exchange.ExchangeTestSupport.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files that are not (valid) TBX: each is refused as a whole with a message naming what and where. */
class TbxBrokenFileTest {

    @Test
    void rejectsEmptyFile() {
        assertThat(rejection(() -> TbxReader.read(new ByteArrayInputStream(new byte[0]), LIMIT)).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(rejection(() -> readTbx("  \n\t ")).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void rejectsTbxWithoutAnyEntryAsEmpty() {
        var e = rejection(() -> readTbx(martif("")));

        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.getMessage()).contains("no term entries");
    }

    @Test
    void rejectsFileOverTheSizeLimit() {
        String xml = entryWithTerm("x", "");

        var e = rejection(() -> TbxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 100));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("100 bytes");
    }

    @Test
    void acceptsFileExactlyAtTheSizeLimit() {
        byte[] bytes = entryWithTerm("x", "").getBytes(StandardCharsets.UTF_8);

        assertThat(TbxReader.read(new ByteArrayInputStream(bytes), bytes.length)).hasSize(1);
    }

    @Test
    void rejectsWrongRootElementNamingIt() {
        var e = rejection(() -> readTbx("<?xml version=\"1.0\"?><xliff version=\"1.2\"><file/></xliff>"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
        assertThat(e.getMessage()).contains("<xliff>").contains("<martif>").contains("<tbx>");
    }

    @Test
    void rejectsCsvUploadedAsTbx() {
        var e = rejection(() -> readTbx(CsvGlossaryFormat.HEADER_LINE + "\nc1,,,,en,x,,,,,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
        assertThat(e.getMessage()).contains("CSV");
    }

    @Test
    void rejectsMalformedXmlWithLineAndColumn() {
        String broken = martif("<termEntry><langSet xml:lang=\"en\"><tig><term>x</tig></langSet></termEntry>");

        var e = rejection(() -> readTbx(broken));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).contains("line 5, column").contains("term");
    }

    @Test
    void rejectsTruncatedFile() {
        String full = entryWithTerm("x", "");

        var e = rejection(() -> readTbx(full.substring(0, full.length() / 2)));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void rejectsLatin1BytesInFileDeclaredUtf8NamingTheLine() {
        byte[] latin1 = entryWithTerm("Gefäß", "").getBytes(StandardCharsets.ISO_8859_1);

        var e = rejection(() -> TbxReader.read(new ByteArrayInputStream(latin1), LIMIT));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
        assertThat(e.getMessage()).contains("line 8").contains("0xE4").contains("UTF-8");
    }

    @Test
    void rejectsLatin1BytesInFileWithoutEncodingDeclaration() {
        byte[] latin1 = entryWithTerm("Gefäß", "").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejection(() -> TbxReader.read(new ByteArrayInputStream(latin1), LIMIT)).reason())
                .isEqualTo(Reason.INVALID_ENCODING);
    }

    @Test
    void rejectsUnknownDeclaredEncoding() {
        var e = rejection(() -> readTbx(entryWithTerm("x", "").replace("UTF-8", "klingon-8")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
        assertThat(e.getMessage()).contains("klingon-8");
    }

    @Test
    void rejectsEntryWithoutTerms() {
        String xml = martif("""
                <termEntry id="c1"><descrip type="definition">orphan</descrip></termEntry>
                <termEntry id="c2"><langSet xml:lang="en"><tig><term>fine</term></tig></langSet></termEntry>""");

        var e = rejection(() -> readTbx(xml));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("entry \"c1\"").contains("no terms").contains("nothing was imported");
    }

    @Test
    void rejectsTermWithoutText() {
        var e = rejection(() -> readTbx(entryWithTerm("  ", "")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("no term text").contains("line 7");
    }

    @Test
    void rejectsUnknownStatusListingTheAcceptedValues() {
        var e = rejection(() -> readTbx(entryWithTerm("x",
                "<termNote type=\"administrativeStatus\">approvedTerm-admn-sts</termNote>")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("approvedTerm-admn-sts").contains("preferredTerm-admn-sts");
    }

    @Test
    void rejectsUnknownMatchMode() {
        var e = rejection(() -> readTbx(entryWithTerm("x", "<termNote type=\"x-matchMode\">fuzzy</termNote>")));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("fuzzy");
    }

    @Test
    void rejectsDuplicateEntryIds() {
        String entry = "<termEntry id=\"c1\"><langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet></termEntry>\n";

        var e = rejection(() -> readTbx(martif(entry + entry)));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("\"c1\"").contains("already used");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String xml = martif("""
                <termEntry id="a"><langSet xml:lang="en"><tig><term></term></tig></langSet></termEntry>
                <termEntry id="b"><langSet xml:lang="not a language"><tig><term>x</term></tig></langSet></termEntry>
                <termEntry id="c"></termEntry>""");

        var e = rejection(() -> readTbx(xml));

        assertThat(e.details()).hasSize(3);
        assertThat(e.getMessage()).contains("3 problems");
    }
}
