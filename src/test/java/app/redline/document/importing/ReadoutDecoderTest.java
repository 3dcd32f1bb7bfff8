package app.redline.document.importing;

import app.redline.document.importing.ReadoutRejectedException.Reason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadoutDecoderTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    @Test
    void acceptsUtf8WithChineseCharactersAndCurlyQuotes() {
        String readout = "张志军主持召开市委常委会议\n\nPromote the “Don’t Be Corrupt, Can’t Be Corrupted” campaign — 长春日报.";

        assertThat(ReadoutDecoder.decode(utf8(readout), TEN_MB)).isEqualTo(readout);
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Views: 8"));

        assertThat(ReadoutDecoder.decode(withBom, TEN_MB)).isEqualTo("Views: 8");
    }

    @Test
    void normalisesWindowsAndOldMacLineEndings() {
        assertThat(ReadoutDecoder.decode(utf8("One.\r\n\r\nTwo.\rThree.\n"), TEN_MB)).isEqualTo("One.\n\nTwo.\nThree.\n");
    }

    @Test
    void keepsTabsAndFormFeeds() {
        assertThat(ReadoutDecoder.decode(utf8("Col 1\tCol 2\fNext page"), TEN_MB)).isEqualTo("Col 1\tCol 2\fNext page");
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Views: 8\r\n长春".getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = "Views: 8\r\n长春".getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM

        assertThat(ReadoutDecoder.decode(littleEndian, TEN_MB)).isEqualTo("Views: 8\n长春");
        assertThat(ReadoutDecoder.decode(bigEndian, TEN_MB)).isEqualTo("Views: 8\n长春");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> ReadoutDecoder.decode(new byte[0], TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
                .hasMessageContaining("empty");
    }

    @Test
    void rejectsAFileWithOnlyWhitespaceAndByteOrderMark() {
        byte[] blank = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(" \r\n\t\n\u00A0\u3000\n"));

        assertThatThrownBy(() -> ReadoutDecoder.decode(blank, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
                .hasMessageContaining("only blank");
        assertThatThrownBy(() -> ReadoutDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void rejectsAFileOverTheLimitNamingSizeAndLimit() {
        byte[] tooBig = new byte[(int) (12.3 * 1024 * 1024)];
        Arrays.fill(tooBig, (byte) 'a');

        assertThatThrownBy(() -> ReadoutDecoder.decode(tooBig, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageStartingWith("The file is 12.3 MB; the limit is 10 MB.");
    }

    @Test
    void namesExactByteCountsWhenRoundingWouldHideTheDifference() {
        byte[] justOver = new byte[1025];
        Arrays.fill(justOver, (byte) 'a');

        assertThatThrownBy(() -> ReadoutDecoder.decode(justOver, 1024))
                .hasMessageStartingWith("The file is 1,025 bytes; the limit is 1,024 bytes.");
    }

    @Test
    void acceptsAFileExactlyAtTheLimit() {
        assertThat(ReadoutDecoder.decode(utf8("abcd"), 4)).isEqualTo("abcd");
    }

    @Test
    void formatsSizesForPeople() {
        assertThat(ReadoutDecoder.humanSize(1)).isEqualTo("1 byte");
        assertThat(ReadoutDecoder.humanSize(900)).isEqualTo("900 bytes");
        assertThat(ReadoutDecoder.humanSize(1536)).isEqualTo("1.5 KB");
        assertThat(ReadoutDecoder.humanSize(TEN_MB)).isEqualTo("10 MB");
    }

    @Test
    void rejectsAPngImageAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> ReadoutDecoder.decode(png, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining("PNG image")
                .hasMessageContaining("plain-text");
    }

    @Test
    void rejectsAZipOrDocxAsBinary() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<w:document>Readout</w:document>"));
        }

        assertThatThrownBy(() -> ReadoutDecoder.decode(bytes.toByteArray(), TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining(".docx");
    }

    @Test
    void rejectsUnknownDataWithNulBytesAsBinary() {
        byte[] data = {'a', 'b', 0, (byte) 0x90, 0, 0, 0x7F, 'c', 'd', 'e', 'f', 0x00};

        assertThatThrownBy(() -> ReadoutDecoder.decode(data, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY));
    }

    @Test
    void rejectsTextFullOfControlCharactersAsBinary() {
        byte[] data = utf8("ab\u0001\u0002\u0003cd\u0004\u0005efgh\u0006");

        assertThatThrownBy(() -> ReadoutDecoder.decode(data, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY));
    }

    @Test
    void toleratesAStrayControlCharacterInText() {
        String text = "The meeting ended.\u000B The next one starts soon and lasts all day long.";

        assertThat(ReadoutDecoder.decode(utf8(text), TEN_MB)).isEqualTo(text);
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffsetAndSuggestingUtf8() {
        byte[] latin1 = "Line one\nCaf\u00e9 meeting".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ReadoutDecoder.decode(latin1, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("0xE9 at byte offset 12 (line 2)")
                .hasMessageContaining("save it as plain text with UTF-8");
    }

    @Test
    void rejectsGbkEncodedChineseAsInvalidEncoding() {
        byte[] gbk = "长春日报".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThatThrownBy(() -> ReadoutDecoder.decode(gbk, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("byte offset 0")
                .hasMessageContaining("GBK");
    }

    @Test
    void rejectsAFileThatEndsInTheMiddleOfACharacter() {
        byte[] truncated = Arrays.copyOf(utf8("长春"), 5);

        assertThatThrownBy(() -> ReadoutDecoder.decode(truncated, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("byte offset 3");
    }

    @Test
    void rejectsUtf16WithoutByteOrderMarkAsInvalidEncoding() {
        byte[] utf16 = "Views: 8\nSource: Changchun Daily".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> ReadoutDecoder.decode(utf16, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void rejectsBrokenUtf16AsInvalidEncoding() {
        byte[] loneSurrogate = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0};

        assertThatThrownBy(() -> ReadoutDecoder.decode(loneSurrogate, TEN_MB))
                .isInstanceOfSatisfying(ReadoutRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("not valid UTF-16");
    }
}
