package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.ExchangeTestSupport.readTbx;
import static app.redline.glossary.exchange.ExchangeTestSupport.rejection;
import static app.redline.glossary.exchange.ExchangeTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attacks on the XML parser: every one must be refused without touching files, network or memory. */
class TbxHostileInputTest {

    private static final String SECRET = "SECRET-MARKER-7f3a";

    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String baseUrl;

    @TempDir
    Path temp;

    @BeforeEach
    void startRecordingServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requestedPaths.add(exchange.getRequestURI().getPath());
            byte[] body = ("<!ENTITY remote '" + SECRET + "'>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String entryUsing(String doctype, String termText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <martif type="TBX-Basic" xml:lang="en">
                  <text><body>
                    <termEntry id="c1"><langSet xml:lang="en"><tig><term>%s</term></tig></langSet></termEntry>
                  </body></text>
                </martif>
                """.formatted(doctype, termText);
    }

    @Test
    void importsFileWhoseDoctypeNamesAnExternalDtd() {
        String xml = entryUsing("<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">", "blood glucose");

        assertThat(readTbx(xml).getFirst().terms().getFirst().text()).isEqualTo("blood glucose");
    }

    @Test
    void importsFileWhoseDoctypeNamesADtdByUrlWithoutFetchingIt() {
        String xml = entryUsing("<!DOCTYPE martif PUBLIC \"ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN\" \""
                + baseUrl + "/TBXcdv04.dtd\">", "blood glucose");

        assertThat(readTbx(xml)).hasSize(1);
        assertThat(requestedPaths).isEmpty();
    }

    @Test
    void rejectsBillionLaughsWithoutExpandingEntities() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE martif [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        doctype.append("]>");
        String bomb = entryUsing(doctype.toString(), "&lol9;");

        GlossaryFileRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> rejection(() -> readTbx(bomb)));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(e.getMessage()).contains("&lol9;").contains("entit");
    }

    @Test
    void rejectsQuadraticBlowupOfOneLargeEntity() {
        String big = "x".repeat(100_000);
        String bomb = entryUsing("<!DOCTYPE martif [<!ENTITY big \"" + big + "\">]>", "&big;".repeat(1000));

        GlossaryFileRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> rejection(() -> readTbx(bomb)));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
    }

    @Test
    void rejectsExternalEntityPointingAtLocalFileWithoutReadingIt() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String xxe = entryUsing("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        assertThat(naiveParserText(xxe)).as("control: an unprotected parser leaks the file").contains(SECRET);

        GlossaryFileRejectedException e = rejection(() -> readTbx(xxe));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(e.getMessage()).contains("&xxe;").doesNotContain(SECRET);
    }

    @Test
    void rejectsExternalEntityPointingAtEtcPasswd() {
        String xxe = entryUsing("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");

        GlossaryFileRejectedException e = rejection(() -> readTbx(xxe));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void rejectsExternalEntityPointingAtHttpUrlWithoutNetworkAccess() throws Exception {
        String xxe = entryUsing("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"" + baseUrl + "/steal\">]>", "&xxe;");
        naiveParserText(xxe);
        assertThat(requestedPaths).as("control: an unprotected parser calls the server").containsExactly("/steal");
        requestedPaths.clear();

        GlossaryFileRejectedException e = rejection(() -> readTbx(xxe));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(requestedPaths).isEmpty();
    }

    @Test
    void rejectsExternalParameterEntityWithoutFetchingIt() {
        String xxe = entryUsing("<!DOCTYPE martif [<!ENTITY % remote SYSTEM \"" + baseUrl + "/remote.dtd\"> %remote;]>",
                "&remote;");

        GlossaryFileRejectedException e = rejection(() -> readTbx(xxe));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(requestedPaths).isEmpty();
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void unusedParameterEntityInDoctypeIsNeverFetched() {
        String xml = entryUsing("<!DOCTYPE martif [<!ENTITY % remote SYSTEM \"" + baseUrl + "/remote.dtd\"> %remote;]>",
                "blood glucose");

        assertThat(readTbx(xml)).hasSize(1);
        assertThat(requestedPaths).isEmpty();
    }

    @Test
    void entityUsedInAttributeIsRejectedToo() {
        String xml = entryUsing("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "x")
                .replace("id=\"c1\"", "id=\"&xxe;\"");

        GlossaryFileRejectedException e = rejection(() -> readTbx(xml));

        assertThat(e.reason()).isIn(Reason.HOSTILE, Reason.MALFORMED);
        assertThat(e.getMessage()).contains("xxe").doesNotContain("root:");
    }

    @Test
    void hardenedParserNeverConsultsItsResolver() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        XMLInputFactory factory = HardenedXml.inputFactory();
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            asked.add(systemId);
            return null;
        });
        String xml = entryUsing("<!DOCTYPE martif SYSTEM \"" + baseUrl + "/a.dtd\" [<!ENTITY xxe SYSTEM \"" + baseUrl
                + "/b\"> <!ENTITY % pe SYSTEM \"" + baseUrl + "/c.dtd\"> %pe;]>", "&xxe;");

        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        int entityReferences = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.ENTITY_REFERENCE) {
                entityReferences++;
            }
        }

        assertThat(entityReferences).isEqualTo(1);
        assertThat(asked).isEmpty();
        assertThat(requestedPaths).isEmpty();
    }

    @Test
    void undeclaredEntityIsMalformedAndNamed() {
        GlossaryFileRejectedException e = rejection(() -> readTbx(entryUsing("", "blood&nbsp;glucose")));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).contains("&nbsp;");
    }

    @Test
    void endlessUploadIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '<';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '<');
                return len;
            }
        };

        GlossaryFileRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> rejection(() -> TbxReader.read(endless, 1024 * 1024)));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("1.0 MB");
    }

    @Test
    void rejectsAbsurdlyDeepNestingQuickly() {
        String deep = "<a>".repeat(200_000) + "</a>".repeat(200_000);
        String xml = entryUsing("", "x").replace("<text>", "<text><back>" + deep + "</back>");

        GlossaryFileRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> rejection(() -> readTbx(xml)));

        assertThat(e.reason()).isEqualTo(Reason.HOSTILE);
        assertThat(e.getMessage()).contains("safety limit").contains("depth");
    }

    /** What a default, unhardened StAX parser makes of the document: the control proving the attack is real. */
    private static String naiveParserText(String xml) throws XMLStreamException {
        XMLInputFactory naive = XMLInputFactory.newDefaultFactory();
        XMLStreamReader reader = naive.createXMLStreamReader(utf8(xml));
        StringBuilder text = new StringBuilder();
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            text.append(e.getMessage());
        }
        return text.toString();
    }
}
