package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
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

/** A segment's comment thread and the inbox over real HTTP, refusals as problem details. */
@IntegrationTest
class CommentsApiTest {

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
    void postsAndReadsAThreadAndTheMentionedUserFindsItInTheInbox() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.").documentId();
        long id = send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();

        Response posted = send("POST", "/api/v1/segments/" + id + "/comments", translator,
                Map.of("body", "Is 'annual plan' right, @reviewer? @nobody-here"));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.body().get("author").asString()).isEqualTo("translator");
        assertThat(posted.body().get("revisionNo").asInt()).isEqualTo(1);
        assertThat(posted.body().get("mentions")).extracting(JsonNode::asString).containsExactly("reviewer");
        send("POST", "/api/v1/segments/" + id + "/comments", reviewer, Map.of("body", "Yes."));

        JsonNode thread = send("GET", "/api/v1/segments/" + id + "/comments", reviewer, null).body();
        assertThat(thread).extracting(comment -> comment.get("body").asString())
                .containsExactly("Is 'annual plan' right, @reviewer? @nobody-here", "Yes.");

        JsonNode inbox = send("GET", "/api/v1/inbox", reviewer, null).body();
        JsonNode mention = inbox.get(0);
        assertThat(mention.get("kind").asString()).isEqualTo("MENTION");
        assertThat(mention.get("segmentId").asLong()).isEqualTo(id);
        assertThat(mention.get("unread").asBoolean()).isTrue();
        assertThat(send("POST", "/api/v1/inbox/read", reviewer, Map.of("upTo", mention.get("at").asString())).status())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/inbox", reviewer, null).body().get(0).get("unread").asBoolean()).isFalse();
        assertThat(send("GET", "/api/v1/inbox", translator, null).body().get(0).get("kind").asString()).isEqualTo("REPLY");
    }

    @Test
    void emptyOverlongAndMissingAreProblemsAndAnonymousIsUnauthorized() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.").documentId();
        long id = send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();

        Response empty = send("POST", "/api/v1/segments/" + id + "/comments", translator, Map.of("body", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body().get("detail").asString()).contains("Write something");
        Response overlong = send("POST", "/api/v1/segments/" + id + "/comments", translator, Map.of("body", "x".repeat(4001)));
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.body().get("detail").asString()).contains("at most 4000 characters");
        assertThat(send("POST", "/api/v1/segments/" + Long.MAX_VALUE + "/comments", translator, Map.of("body", "Hi"))
                .status()).isEqualTo(404);
        int anonymous = http.get().uri("/api/v1/segments/" + id + "/comments")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(anonymous).isEqualTo(401);
        assertThat(send("GET", "/api/v1/segments/" + id + "/comments", translator, null).body()).isEmpty();
    }

    private String token(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        Response created = http.post().uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "comments test"))
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
