package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text PostgreSQL cannot store exactly (a NUL, an unpaired surrogate) is refused with a 400 that names the field,
 * wherever it comes in, and nothing is stored; odd paging and choices are answered, not failed with a 500.
 */
@IntegrationTest
class UnstorableTextApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CSV_HEADER =
            "concept_id,subject_field,definition,concept_note,language,term,status,case_sensitive,match_mode,part_of_speech,term_note,authority\n";

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired GlossaryService glossaries;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    ProjectInfo project;
    long glossaryId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = DocumentFixtures.newProject(projects);
        glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
    }

    @Test
    void tokenNameWithANulIsRefused() throws Exception {
        String basic = Base64.getEncoder().encodeToString("translator:demo".getBytes(StandardCharsets.UTF_8));
        int before = jdbc.queryForObject("select count(*) from api_token", Integer.class);

        HttpResponse<String> refused = raw("POST", "/api/v1/tokens", "Basic " + basic, "{\"name\":\"script\\u0000x\"}");

        assertRefused(refused, "'name'", "NUL");
        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isEqualTo(before);
    }

    @Test
    void glossarySearchWithANulIsRefused() throws Exception {
        String reader = bearer("translator");
        for (String parameter : new String[] {"q", "subject", "language"}) {
            HttpResponse<String> refused = raw("GET", "/api/v1/glossaries/" + glossaryId + "/concepts?contains=true&"
                    + parameter + "=dual%00carbon", reader, null);

            assertRefused(refused, "'" + parameter + "'", "NUL");
        }
    }

    @Test
    void reviewQueueTranslatorFilterWithANulIsRefused() throws Exception {
        HttpResponse<String> refused = raw("GET", "/api/v1/review/queue?translator=trans%00lator", bearer("reviewer"), null);

        assertRefused(refused, "'translator'", "NUL");
    }

    @Test
    void glossaryCsvWithANulInATermOrANoteIsRefusedAndNothingWritten() {
        String manager = api.token("glossary");
        String[] files = {
                CSV_HEADER + "c1,,,,en-US,dual\0carbon,preferred,,,,,\n",
                CSV_HEADER + "c1,,,a\0note,en-US,dual carbon,preferred,,,,,\n",
                CSV_HEADER + "c1,,,,en-US,dual carbon,preferred,,,,term\0note,\n"};
        for (String csv : files) {
            Response refused = api.upload("/api/v1/glossaries/" + glossaryId + "/import", manager, "terms.csv",
                    csv.getBytes(StandardCharsets.UTF_8));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("reason").asString()).isEqualTo("INVALID_CONTENT");
            assertThat(refused.body().get("detail").asString()).contains("row 2", "contains a NUL character");
        }
        assertThat(jdbc.queryForObject("select count(*) from concept where glossary_id = ?", Integer.class, glossaryId)).isZero();
    }

    @Test
    void glossaryPageFarBeyondTheEndIsEmptyNotAnError() {
        Response page = api.send("GET", "/api/v1/glossaries/" + glossaryId + "/concepts?page=2147483647&size=500",
                api.token("translator"), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().isArray()).isTrue();
        assertThat(page.body()).isEmpty();
    }

    @Test
    void unknownConflictChoiceListsTheChoicesWithoutAClassName() {
        String csv = CSV_HEADER + "c1,,,,en-US,dual carbon,preferred,,,,,\n";

        Response refused = api.upload("/api/v1/glossaries/" + glossaryId + "/import?conflicts=bogus", api.token("glossary"),
                "terms.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("keep", "replace", "merge")
                .doesNotContain("app.redline", "ImportPreview", "enum");
    }

    @Test
    void loneSurrogateInASegmentSaveOrCommentIsRefusedAndNothingStored() throws Exception {
        String translator = bearer("translator");
        Response imported = api.upload("/api/v1/projects/" + project.id() + "/documents", translator.substring(7),
                "readout.txt", "The first sentence.\n\nThe second sentence.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(201);
        JsonNode segment = api.send("GET", "/api/v1/documents/" + imported.body().get("documentId").asLong()
                + "/segments", translator.substring(7), null).body().get("items").get(0);
        long segmentId = segment.get("id").asLong();

        HttpResponse<String> save = raw("PUT", "/api/v1/segments/" + segmentId, translator,
                "{\"cleanText\":\"Broken \\ud800 text\",\"expectedVersion\":" + segment.get("version").asLong() + "}");
        HttpResponse<String> comment = raw("POST", "/api/v1/segments/" + segmentId + "/comments", translator,
                "{\"body\":\"Broken \\udc00 comment\"}");

        assertRefused(save, "'cleanText'", "unpaired surrogate U+D800");
        assertRefused(comment, "'body'", "unpaired surrogate U+DC00");
        assertThat(jdbc.queryForObject("select clean_text from segment where id = ?", String.class, segmentId))
                .isEqualTo(segment.get("cleanText").asString());
        assertThat(jdbc.queryForObject("select count(*) from revision where segment_id = ?", Integer.class, segmentId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from segment_comment where segment_id = ?", Integer.class, segmentId)).isZero();
    }

    private static void assertRefused(HttpResponse<String> refused, String field, String problem) {
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains(field, problem);
    }

    private String bearer(String username) {
        return "Bearer " + api.token(username);
    }

    /** Exactly these bytes on the wire: RestClient would re-encode the '%' of a %00. */
    private HttpResponse<String> raw(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
