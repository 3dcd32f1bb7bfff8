package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import app.redline.discussion.CommentFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A long audit trail over HTTP: pages of it, and the whole of it as a streamed CSV. */
@IntegrationTest
class AuditApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    String translator;
    long documentId;
    long segmentId;

    @BeforeEach
    void aDocumentWithTenThousandComments() {
        api = new ApiClient(port);
        translator = api.token("translator");
        documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the audit.").documentId();
        JsonNode segment = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
        segmentId = segment.get("id").asLong();
        CommentFixtures.longThread(jdbc, segmentId, 10_000);
        api.send("POST", "/api/v1/segments/" + segmentId + "/submit", translator,
                Map.of("expectedVersion", segment.get("version").asLong()));
    }

    @Test
    void theTrailComesAPageAtATimeNewestFirst() {
        Response first = api.send("GET", "/api/v1/documents/" + documentId + "/audit", translator, null);

        assertThat(first.raw().length()).as("50 entries, not 10,001").isLessThan(25_000);
        assertThat(first.body().get("hasNext").asBoolean()).isTrue();
        assertThat(actionsAndReasons(first.body())).hasSize(50)
                .startsWith("SUBMIT ", "COMMENT Comment 10000", "COMMENT Comment 9999").endsWith("COMMENT Comment 9952");
        JsonNode second = api.send("GET", "/api/v1/documents/" + documentId + "/audit?page=1&size=200", translator, null).body();
        assertThat(actionsAndReasons(second)).hasSize(200).startsWith("COMMENT Comment 9801").endsWith("COMMENT Comment 9602");
        JsonNode last = api.send("GET", "/api/v1/documents/" + documentId + "/audit?page=50&size=200", translator, null).body();
        assertThat(actionsAndReasons(last)).containsExactly("COMMENT Comment 1");
        assertThat(last.get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void absurdPagesAreRefusedAsProblemsNeverAsServerErrors() {
        for (String query : List.of("page=-1", "size=0", "size=201", "page=1000001", "page=99999999999", "size=x")) {
            Response refused = api.send("GET", "/api/v1/documents/" + documentId + "/audit?" + query, translator, null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.send("GET", "/api/v1/documents/" + Long.MAX_VALUE + "/audit", translator, null).status()).isEqualTo(404);
    }

    @Test
    void theCsvHoldsTheWholeTrailAndIsStreamedAsItIsRead() {
        Response csv = api.send("GET", "/api/v1/documents/" + documentId + "/audit.csv", translator, null);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).contains("attachment").contains("document-" + documentId + "-audit.csv");
        // Written while read: no length known up front, so the server sends it in chunks.
        assertThat(csv.headers().getFirst(HttpHeaders.TRANSFER_ENCODING)).isEqualTo("chunked");
        assertThat(csv.headers().getContentLength()).isEqualTo(-1);
        List<String> lines = csv.raw().lines().toList();
        assertThat(lines).hasSize(1 + 1 + 10_000);
        assertThat(lines.get(1)).contains(",translator,SUBMIT,1,");
        assertThat(lines.getLast()).contains(",bulk,COMMENT,1,").endsWith(",Comment 1,,");
        assertThat(api.send("GET", "/api/v1/documents/" + Long.MAX_VALUE + "/audit.csv", translator, null).status())
                .isEqualTo(404);
    }

    private static List<String> actionsAndReasons(JsonNode page) {
        var lines = new ArrayList<String>();
        page.get("items").forEach(entry -> {
            JsonNode reason = entry.get("reason");
            lines.add(entry.get("action").asString() + " " + (reason == null || reason.isNull() ? "" : reason.asString()));
        });
        return lines;
    }
}
