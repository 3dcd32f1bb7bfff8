package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Status, sign-off and export over real HTTP. */
@IntegrationTest
class DocumentStatusApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;

    RestClient http;
    String translator;
    String reviewer;

    record Response(int status, String contentType, String disposition, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        translator = token("translator");
        reviewer = token("reviewer");
    }

    @Test
    void statusSignOffAndExportFollowTheSegments() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.\n\nThe meeting reviewed the annual plan.").documentId();
        String base = "/api/v1/documents/" + documentId;

        Response status = send("GET", base + "/status", translator);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("state").asString()).isEqualTo("IN_TRANSLATION");
        assertThat(status.json().get("translatable").asInt()).isEqualTo(2);
        assertThat(status.json().get("counts").get("NEW").asInt()).isEqualTo(2);

        Response refused = send("POST", base + "/sign-off", reviewer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Response draft = send("GET", base + "/export.csv", translator);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.contentType()).startsWith("text/csv");
        assertThat(draft.disposition()).contains("test-clean-draft.csv");

        approveAll(documentId);
        assertThat(send("POST", base + "/sign-off", translator).status()).isEqualTo(403);
        Response signed = send("POST", base + "/sign-off", reviewer);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("signedBy").asString()).isEqualTo("reviewer");
        assertThat(signed.json().get("approvedSegments").asInt()).isEqualTo(2);
        assertThat(send("GET", base + "/status", translator).json().get("state").asString()).isEqualTo("SIGNED_OFF");

        Response text = send("GET", base + "/export.txt", translator);
        assertThat(text.disposition()).contains("test-clean.txt");
        assertThat(text.body()).isEqualTo("The committee adopted the report.\n\nThe meeting reviewed the annual plan.\n");
        assertThat(send("GET", "/api/v1/documents/999999999/status", translator).status()).isEqualTo(404);
    }

    private void approveAll(long documentId) {
        for (SegmentSnapshot segment : Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 10))) {
            SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), segment.version()));
            Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 1, submitted.version(), null));
        }
    }

    private String token(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        Response created = http.post().uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "status test"))
                .exchange((request, response) -> read(response));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    private Response send(String method, String path, String token) {
        return http.method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> read(response));
    }

    private static Response read(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Response(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), body);
    }
}
