package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import app.redline.user.UserBootstrap;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The REST API over real HTTP: tokens, import, paging, optimistic locking, problem details, roles. */
@IntegrationTest
class RestApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired UserBootstrap users;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    ProjectInfo project;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = DocumentFixtures.newProject(projects);
    }

    @Test
    void scriptGetsATokenWithItsPasswordThenImportsReadsAndSaves() {
        String token = api.token("translator", "demo");
        assertThat(token).startsWith("rl_");

        Response imported = upload(token, "changchun.txt", DocumentFixtures.sample("changchun-standing-committee.mt.txt"));
        assertThat(imported.status()).isEqualTo(201);
        long documentId = imported.body().get("documentId").asLong();
        int count = imported.body().get("segmentCount").asInt();

        Response page = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=5", token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalSegments").asInt()).isEqualTo(count);
        assertThat(page.body().get("items")).hasSize(5);
        JsonNode first = page.body().get("items").get(0);
        assertThat(first.get("position").asInt()).isEqualTo(1);

        Response saved = api.send("PUT", "/api/v1/segments/" + first.get("id").asLong(), token,
                Map.of("cleanText", "Zhang Zhijun chaired a meeting.", "expectedVersion", first.get("version").asLong()));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("status").asString()).isEqualTo("DRAFT");

        Response issues = api.send("GET", "/api/v1/segments/" + first.get("id").asLong() + "/issues", token, null);
        assertThat(issues.status()).isEqualTo(200);
        Response report = api.send("GET", "/api/v1/documents/" + documentId + "/issues", token, null);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("issues").isArray()).isTrue();

        Response stale = api.send("PUT", "/api/v1/segments/" + first.get("id").asLong(), token,
                Map.of("cleanText", "Another text.", "expectedVersion", first.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(saved.body().get("version").asLong());
        assertThat(stale.body().get("currentText").asString()).isEqualTo("Zhang Zhijun chaired a meeting.");
    }

    @Test
    void badFileIsAProblemAndWritesNothing() {
        String token = api.token("translator", "demo");
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
        Response asReviewer = upload(api.token("reviewer", "demo"), "a.txt", "A sentence.".getBytes(StandardCharsets.UTF_8));

        assertThat(asReviewer.status()).isEqualTo(403);
        assertThat(asReviewer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingOrUnknownTokenIsRefused() {
        assertThat(api.send("GET", "/api/v1/segments/1", null, null).status()).isEqualTo(401);
        Response unknown = api.send("GET", "/api/v1/segments/1", "rl_not-a-real-token", null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void repeatedWrongPasswordsPauseSignInForTheAccount() {
        users.createIfAbsent("locktest", "Lock Test", "correct-horse", EnumSet.of(Role.TRANSLATOR));
        for (int i = 0; i < 5; i++) {
            assertThat(api.tokenResponse("locktest", "wrong").status()).isEqualTo(401);
        }

        Response locked = api.tokenResponse("locktest", "correct-horse");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("detail").asString()).contains("Try again in");
    }

    @Test
    void openApiDescribesTheEndpoints() {
        String docs = api.send("GET", "/v3/api-docs", null, null).raw();

        assertThat(api.send("GET", "/swagger-ui/index.html", null, null).status()).isEqualTo(200);
        assertThat(docs).contains("/api/v1/projects/{projectId}/documents", "/api/v1/segments/{segmentId}",
                "/api/v1/tokens", "/api/v1/documents/{documentId}/segments");
    }

    private Response upload(String token, String fileName, byte[] content) {
        return api.upload("/api/v1/projects/" + project.id() + "/documents", token, fileName, content);
    }
}
