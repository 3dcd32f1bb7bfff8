package app.redline.glossary.exchange;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX-Basic (TBX 2 "martif") and TBX 3 core/basic files into concepts, all or nothing. Uploads are
 * untrusted: DTD processing is off, nothing external is ever loaded, and any use of a DTD-declared entity
 * is rejected as {@link GlossaryFileRejectedException.Reason#HOSTILE}.
 */
public final class TbxReader {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PARSER_MESSAGE_PREFIX = Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

    private TbxReader() {}

    public static List<ConceptEntry> read(InputStream in, long maxBytes) {
        UploadedBytes upload = UploadedBytes.read(in, maxBytes);
        if (upload.isBlank()) {
            throw new GlossaryFileRejectedException(Reason.EMPTY, "The TBX file is empty.");
        }
        requireXmlLooking(upload);
        requireReadableEncoding(upload);
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.inputFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(upload.array(), 0, upload.length()));
            return new TbxDocumentParser(xml).parse();
        } catch (XMLStreamException e) {
            throw rejected(e);
        } finally {
            closeQuietly(xml);
        }
    }

    private static void requireXmlLooking(UploadedBytes upload) {
        int first = upload.firstContentByte();
        if (first != '<' && first != 0 && !upload.hasUtf16Bom()) {
            throw new GlossaryFileRejectedException(Reason.WRONG_FORMAT,
                    "This is not a TBX file: TBX is XML and starts with \"<\", but this file starts with \""
                            + (char) first + "\". If it is a spreadsheet export, import it as CSV instead.");
        }
    }

    // UTF-8 (declared or by default) is checked up front so a Windows-1252 file gets a clear message with its line.
    private static void requireReadableEncoding(UploadedBytes upload) {
        if (upload.hasUtf16Bom()) {
            return;
        }
        int prologLength = Math.min(upload.length(), 256);
        String prolog = new String(upload.array(), upload.utf8BomLength(), prologLength - upload.utf8BomLength(),
                StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARED_ENCODING.matcher(prolog);
        String encoding = declaration.find() ? declaration.group(1).strip() : "UTF-8";
        String normalised = encoding.toUpperCase(Locale.ROOT).replace("_", "-");
        if (normalised.equals("UTF-8") || normalised.equals("UTF8")) {
            upload.requireUtf8();
        } else if (!isKnownCharset(encoding)) {
            throw new GlossaryFileRejectedException(Reason.INVALID_ENCODING,
                    "The file declares the encoding \"" + encoding + "\", which Redline does not know."
                            + " Save the file as UTF-8 and import it again.");
        }
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static GlossaryFileRejectedException rejected(XMLStreamException e) {
        String detail = PARSER_MESSAGE_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("").strip();
        Location location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        if (e.getNestedException() instanceof CharConversionException || e.getCause() instanceof CharConversionException) {
            return new GlossaryFileRejectedException(Reason.INVALID_ENCODING,
                    "The file contains bytes that do not fit its declared encoding" + where + ": " + detail
                            + ". Save the file as UTF-8 and import it again.", e);
        }
        if (detail.startsWith("JAXP0001")) {
            return new GlossaryFileRejectedException(Reason.HOSTILE,
                    "The file exceeds a safety limit of the XML reader" + where + ": " + detail, e);
        }
        return new GlossaryFileRejectedException(Reason.MALFORMED,
                "The file is not well-formed XML" + where + ": " + detail
                        + " Check that every tag is closed and that & and < in text are written as &amp; and &lt;.", e);
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the upload is in memory; nothing to release
            }
        }
    }
}
