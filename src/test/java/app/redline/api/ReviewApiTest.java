package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
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

/** Submit, approve and reject over real HTTP: the same rules as the services, refusals as problem details. */
@IntegrationTest
class ReviewApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    RestClient http;
    String translator;
    String reviewer;

    record Response(int status, String contentType, JsonNode body) {}

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        translator = token("translator");
        reviewer = token("reviewer");
    }

    @Test
    void translatorSubmitsReviewerApprovesTheRevisionThenRejectsAndTheTrailShowsItAll() {
        JsonNode segment = firstSegment(DocumentFixtures.newProject(projects).id(), "The meeting reviewed the annual plan.");
        long id = segment.get("id").asLong();
        Response saved = send("PUT", "/api/v1/segments/" + id, translator,
                Map.of("cleanText", "The meeting reviewed the plan for the year.", "expectedVersion", segment.get("version").asLong()));
        Response submitted = send("POST", "/api/v1/segments/" + id + "/submit", translator,
                Map.of("expectedVersion", saved.body().get("version").asLong()));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        long version = submitted.body().get("version").asLong();
        int revisionNo = send("GET", "/api/v1/segments/" + id + "/revisions", reviewer, null).body().get(0).get("revisionNo").asInt();

        Response stale = send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(version);
        assertThat(stale.body().get("currentStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(send("POST", "/api/v1/segments/" + id + "/approve", translator,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version)).status()).isEqualTo(403);

        Response approved = send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");

        long approvedVersion = approved.body().get("version").asLong();
        assertThat(send("POST", "/api/v1/segments/" + id + "/reject", reviewer,
                Map.of("expectedVersion", approvedVersion, "reason", " ")).status()).isEqualTo(400);
        Response rejected = send("POST", "/api/v1/segments/" + id + "/reject", reviewer,
                Map.of("expectedVersion", approvedVersion, "reason", "Say 'annual work plan'."));
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");

        Response again = send("POST", "/api/v1/segments/" + id + "/submit", translator,
                Map.of("expectedVersion", rejected.body().get("version").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("refusal").asString()).isEqualTo("STATE");

        JsonNode trail = send("GET", "/api/v1/segments/" + id + "/review-events", translator, null).body();
        assertThat(trail).extracting(event -> event.get("action").asString()).containsExactly("REJECT", "APPROVE", "SUBMIT");
        assertThat(trail.get(1).get("revisionNo").asInt()).isEqualTo(revisionNo);
        assertThat(trail.get(0).get("reason").asString()).isEqualTo("Say 'annual work plan'.");
    }

    @Test
    void openErrorsAndFourEyesAreProblemsWithTheirKind() {
        long demo = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
        JsonNode forbidden = firstSegment(demo, "The meeting discussed the world economic BBS.");
        Response gated = send("POST", "/api/v1/segments/" + forbidden.get("id").asLong() + "/submit", translator,
                Map.of("expectedVersion", forbidden.get("version").asLong()));
        assertThat(gated.status()).isEqualTo(422);
        assertThat(gated.body().get("refusal").asString()).isEqualTo("GATE");

        JsonNode own = firstSegment(DocumentFixtures.newProject(projects).id(), "The committee adopted the report.");
        long id = own.get("id").asLong();
        Response edited = send("PUT", "/api/v1/segments/" + id, reviewer,
                Map.of("cleanText", "The committee adopted its report.", "expectedVersion", own.get("version").asLong()));
        Response submitted = send("POST", "/api/v1/segments/" + id + "/submit", reviewer,
                Map.of("expectedVersion", edited.body().get("version").asLong()));
        Response selfApproved = send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", 2, "expectedVersion", submitted.body().get("version").asLong()));
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.body().get("refusal").asString()).isEqualTo("FOUR_EYES");
    }

    private JsonNode firstSegment(long projectId, String text) {
        long documentId = DocumentFixtures.importText(importer, projectId, text).documentId();
        return send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
    }

    private String token(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        Response created = http.post().uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "review test"))
                .exchange((request, response) -> read(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(String.class)));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    private Response send(String method, String path, String token, Object body) {
        var spec = http.method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> read(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()), response.bodyTo(String.class)));
    }

    private static Response read(int status, String contentType, String body) {
        return new Response(status, contentType, body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
    }
}
