package app.redline.document.importing;

import app.redline.document.importing.ReadoutRejectedException.Reason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

// Turns an uploaded readout into text, or rejects it with a message the translator can act on.
// UTF-8 is expected; UTF-16 with a byte-order mark (Windows Notepad's "Unicode") is decoded rather
// than rejected, because the translator cannot tell the difference and the intent is unambiguous.
public final class ReadoutDecoder {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * 1024;

    // A stray vertical tab or 0x1A from an old editor is tolerated; a real text file never has more
    // than about 1% control characters, while images and archives have far more.
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int TOLERATED_CONTROLS = 1;

    private static final String GENERIC_BINARY = "binary data (an image, an archive or a word-processor file)";

    private static final String SAVE_AS_UTF8 =
            "Open it in a text editor, save it as plain text with UTF-8 encoding, and upload it again.";

    private ReadoutDecoder() {
    }

    public static String decode(byte[] bytes, long maxBytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (bytes.length == 0) {
            throw new ReadoutRejectedException(Reason.EMPTY,
                    "The file is empty (0 bytes). Upload a text file that contains the readout.");
        }
        if (bytes.length > maxBytes) {
            throw new ReadoutRejectedException(Reason.TOO_LARGE, tooLargeMessage(bytes.length, maxBytes));
        }

        String text = startsWithUtf16Bom(bytes) ? decodeUtf16(bytes) : decodeUtf8(bytes);
        text = text.replace("\r\n", "\n").replace('\r', '\n');

        if (isBlank(text)) {
            throw new ReadoutRejectedException(Reason.EMPTY,
                    "The file contains only blank lines or spaces. Upload a text file that contains the readout.");
        }
        return text;
    }

    private static String decodeUtf8(byte[] bytes) {
        rejectBinary(bytes);
        int start = startsWithUtf8Bom(bytes) ? 3 : 0;
        return decodeStrictly(bytes, start, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String decodeUtf16(byte[] bytes) {
        // The "UTF-16" charset reads the byte-order mark itself and drops it.
        String text = decodeStrictly(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        int controls = (int) text.chars().filter(ReadoutDecoder::isUnexpectedControl).count();
        if (text.indexOf('\0') >= 0 || tooManyControls(controls, text.length())) {
            throw binary(GENERIC_BINARY);
        }
        return text;
    }

    private static String decodeStrictly(byte[] bytes, int start, Charset charset, String charsetName) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalidEncoding(bytes, in.position(), charsetName);
        }
        return out.flip().toString();
    }

    private static ReadoutRejectedException invalidEncoding(byte[] bytes, int offset, String charsetName) {
        String where = offset < bytes.length
                ? String.format(Locale.ROOT, "byte 0x%02X at byte offset %,d (line %,d)",
                        bytes[offset] & 0xFF, offset, lineAt(bytes, offset))
                : "the last bytes (the file ends in the middle of a character)";
        String hint = charsetName.equals("UTF-8")
                ? " It was probably saved in another encoding, such as GBK/GB2312 or Windows-1252. "
                : " ";
        return new ReadoutRejectedException(Reason.INVALID_ENCODING,
                "The file is not valid " + charsetName + " text: " + where + " cannot be read." + hint + SAVE_AS_UTF8);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void rejectBinary(byte[] bytes) {
        String knownFormat = KnownBinaryFormat.of(bytes);
        if (knownFormat != null) {
            throw binary(knownFormat);
        }
        int nulsAtEven = 0;
        int nulsAtOdd = 0;
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int unit = bytes[i] & 0xFF;
            if (unit == 0) {
                if (i % 2 == 0) nulsAtEven++;
                else nulsAtOdd++;
            } else if (isUnexpectedControl(unit)) {
                controls++;
            }
        }
        if (nulsAtEven + nulsAtOdd > 0) {
            if (looksLikeUtf16WithoutBom(bytes.length, nulsAtEven, nulsAtOdd)) {
                throw new ReadoutRejectedException(Reason.INVALID_ENCODING,
                        "The file looks like UTF-16 text without a byte-order mark, which cannot be read reliably. "
                                + SAVE_AS_UTF8);
            }
            throw binary(GENERIC_BINARY);
        }
        if (tooManyControls(controls, bytes.length)) {
            throw binary(GENERIC_BINARY);
        }
    }

    // ASCII text in UTF-16 has a NUL in every other byte, all on the same side.
    private static boolean looksLikeUtf16WithoutBom(int length, int nulsAtEven, int nulsAtOdd) {
        int nuls = nulsAtEven + nulsAtOdd;
        return nuls >= length / 4 && Math.max(nulsAtEven, nulsAtOdd) >= nuls * 9 / 10;
    }

    private static boolean isUnexpectedControl(int unit) {
        return unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f';
    }

    private static boolean tooManyControls(int controls, int length) {
        return controls > TOLERATED_CONTROLS && controls >= length * MAX_CONTROL_SHARE;
    }

    private static ReadoutRejectedException binary(String whatItLooksLike) {
        return new ReadoutRejectedException(Reason.BINARY,
                "The file looks like " + whatItLooksLike + ", not plain text. "
                        + "Copy the readout into a plain-text (.txt) file saved as UTF-8 and upload that.");
    }

    private static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
    }

    private static String tooLargeMessage(long size, long limit) {
        String sizeText = humanSize(size);
        String limitText = humanSize(limit);
        if (sizeText.equals(limitText)) {
            // "10 MB; the limit is 10 MB" would read as a contradiction.
            sizeText = String.format(Locale.ROOT, "%,d bytes", size);
            limitText = String.format(Locale.ROOT, "%,d bytes", limit);
        }
        return "The file is " + sizeText + "; the limit is " + limitText
                + ". Split the readout into smaller files and upload them one by one.";
    }

    static String humanSize(long bytes) {
        if (bytes < KIB) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        if (bytes < MIB) {
            return oneDecimal(bytes / (double) KIB) + " KB";
        }
        return oneDecimal(bytes / (double) MIB) + " MB";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    // Signatures of files translators upload by mistake, so the message can name what they picked.
    private enum KnownBinaryFormat {
        PDF("a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        ZIP("a zip archive or Word/Excel document (.docx, .xlsx)", new byte[] {'P', 'K', 3, 4}),
        OLD_OFFICE("a Word/Excel document (.doc, .xls)", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
        PNG("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        JPEG("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        GIF("a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII));

        private final String description;
        private final byte[] signature;

        KnownBinaryFormat(String description, byte[] signature) {
            this.description = description;
            this.signature = signature;
        }

        static String of(byte[] bytes) {
            for (KnownBinaryFormat format : values()) {
                if (format.matches(bytes)) {
                    return format.description;
                }
            }
            return null;
        }

        private boolean matches(byte[] bytes) {
            if (bytes.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if (bytes[i] != signature[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
