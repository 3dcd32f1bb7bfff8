package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import app.redline.user.UserBootstrap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: tokens, import, paging, optimistic locking, problem details, roles. */
@IntegrationTest
class RestApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired UserBootstrap users;
    @Autowired JdbcTemplate jdbc;

    RestClient http;
    ProjectInfo project;

    record Response(int status, String contentType, JsonNode body) {}

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        project = DocumentFixtures.newProject(projects);
    }

    @Test
    void scriptGetsATokenWithItsPasswordThenImportsReadsAndSaves() {
        String token = token("translator", "demo");
        assertThat(token).startsWith("rl_");

        Response imported = upload(token, "changchun.txt", DocumentFixtures.sample("changchun-standing-committee.mt.txt"));
        assertThat(imported.status()).isEqualTo(201);
        long documentId = imported.body().get("documentId").asLong();
        int count = imported.body().get("segmentCount").asInt();

        Response page = send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=5", token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalSegments").asInt()).isEqualTo(count);
        assertThat(page.body().get("items")).hasSize(5);
        JsonNode first = page.body().get("items").get(0);
        assertThat(first.get("position").asInt()).isEqualTo(1);

        Response saved = send("PUT", "/api/v1/segments/" + first.get("id").asLong(), token,
                Map.of("cleanText", "Zhang Zhijun chaired a meeting.", "expectedVersion", first.get("version").asLong()));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("DRAFT");

        Response issues = send("GET", "/api/v1/segments/" + first.get("id").asLong() + "/issues", token, null);
        assertThat(issues.status()).isEqualTo(200);
        Response report = send("GET", "/api/v1/documents/" + documentId + "/issues", token, null);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("issues").isArray()).isTrue();

        Response stale = send("PUT", "/api/v1/segments/" + first.get("id").asLong(), token,
                Map.of("cleanText", "Another text.", "expectedVersion", first.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(saved.body().get("version").asLong());
        assertThat(stale.body().get("currentText").asString()).isEqualTo("Zhang Zhijun chaired a meeting.");
    }

    @Test
    void badFileIsAProblemAndWritesNothing() {
        String token = token("translator", "demo");
        int documents = jdbc.queryForObject("select count(*) from document", Integer.class);

        Response binary = upload(token, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});
        Response badUtf8 = upload(token, "latin1.txt", "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.body().get("reason").asString()).isEqualTo("BINARY");
        assertThat(badUtf8.status()).isEqualTo(415);
        assertThat(badUtf8.body().get("detail").asString()).containsIgnoringCase("UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(documents);
    }

    @Test
    void rolesApplyToTokensAsToTheUi() {
        Response asReviewer = upload(token("reviewer", "demo"), "a.txt", "A sentence.".getBytes(StandardCharsets.UTF_8));

        assertThat(asReviewer.status()).isEqualTo(403);
        assertThat(asReviewer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingOrUnknownTokenIsRefused() {
        assertThat(send("GET", "/api/v1/segments/1", null, null).status()).isEqualTo(401);
        Response unknown = send("GET", "/api/v1/segments/1", "rl_not-a-real-token", null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void repeatedWrongPasswordsPauseSignInForTheAccount() {
        users.createIfAbsent("locktest", "Lock Test", "correct-horse", EnumSet.of(Role.TRANSLATOR));
        for (int i = 0; i < 5; i++) {
            assertThat(tokenResponse("locktest", "wrong").status()).isEqualTo(401);
        }

        Response locked = tokenResponse("locktest", "correct-horse");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("detail").asString()).contains("Try again in");
    }

    @Test
    void openApiDescribesTheEndpoints() {
        String docs = http.get().uri("/v3/api-docs").retrieve().body(String.class);

        assertThat(http.get().uri("/swagger-ui/index.html").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
        assertThat(docs).contains("/api/v1/projects/{projectId}/documents", "/api/v1/segments/{segmentId}",
                "/api/v1/tokens", "/api/v1/documents/{documentId}/segments");
    }

    private String token(String username, String password) {
        Response created = tokenResponse(username, password);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    private Response tokenResponse(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.post().uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "test script"))
                .exchange((request, response) -> read(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(String.class)));
    }

    private Response upload(String token, String fileName, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri("/api/v1/projects/" + project.id() + "/documents")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> read(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(String.class)));
    }

    private Response send(String method, String path, String token, Object body) {
        var spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
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
