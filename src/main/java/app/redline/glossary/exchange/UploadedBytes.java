package app.redline.glossary.exchange;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An upload read fully into memory, but never past its limit, so a huge stream cannot exhaust the heap. */
final class UploadedBytes {

    private static final int CHUNK = 64 * 1024;

    private final byte[] bytes;
    private final int length;

    private UploadedBytes(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    static UploadedBytes read(InputStream in, long maxBytes) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GB, was " + maxBytes);
        }
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1, CHUNK)];
        int length = 0;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) length * 2));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded glossary file", e);
        }
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return new UploadedBytes(buffer, length);
    }

    private static GlossaryFileRejectedException tooLarge(long maxBytes) {
        return new GlossaryFileRejectedException(Reason.TOO_LARGE,
                "The file is larger than the import limit of " + humanSize(maxBytes)
                        + ". Split the glossary into several smaller files and import them one after another.");
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    int utf8BomLength() {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    boolean hasUtf16Bom() {
        return length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    /** True when there is nothing but a byte order mark and ASCII whitespace. */
    boolean isBlank() {
        for (int i = utf8BomLength(); i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The first byte that is not a BOM or whitespace, or -1. */
    int firstContentByte() {
        for (int i = utf8BomLength(); i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b & 0xFF;
            }
        }
        return -1;
    }

    /** Rejects the upload with the line of the first byte sequence that is not UTF-8. */
    void requireUtf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw notUtf8(in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        if (decoder.flush(out).isError()) {
            throw notUtf8(length);
        }
    }

    private GlossaryFileRejectedException notUtf8(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String badByte = offset < length ? String.format(" (byte 0x%02X)", bytes[offset] & 0xFF) : "";
        return new GlossaryFileRejectedException(Reason.INVALID_ENCODING,
                "The file is not valid UTF-8: line " + line + " contains a character that is not UTF-8" + badByte
                        + ". It was probably saved as Windows-1252 or ISO-8859-1; save it again with UTF-8 encoding.");
    }
}
