package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Projects and a project's documents over HTTP, per role, with the screens' validation. */
@IntegrationTest
class ProjectsApiTest {

    static final List<String> NOT_ADMINISTRATORS = List.of("translator", "reviewer", "glossary");

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void everyRoleListsAndReadsProjectsWithWhatAProjectCarries() {
        ProjectInfo project = DocumentFixtures.newProject(projects, true);
        for (String user : List.of("translator", "reviewer", "glossary", "admin")) {
            String token = api.token(user);
            Response listed = api.send("GET", "/api/v1/projects", token, null);
            assertThat(listed.status()).as(user).isEqualTo(200);
            assertThat(listed.body().findValuesAsString("name")).as(user).contains(project.name());

            JsonNode one = api.send("GET", "/api/v1/projects/" + project.id(), token, null).body();
            assertThat(one.get("name").asString()).isEqualTo(project.name());
            assertThat(one.get("sourceLanguage").asString()).isEqualTo("zh-CN");
            assertThat(one.get("targetLanguage").asString()).isEqualTo("en-US");
            assertThat(one.get("startFromEmpty").asBoolean()).isTrue();
        }
        Response missing = api.send("GET", "/api/v1/projects/" + Long.MAX_VALUE, api.token("translator"), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdministratorsCreateProjectsAndOthersReadWhy() {
        for (String user : NOT_ADMINISTRATORS) {
            Response refused = api.send("POST", "/api/v1/projects", api.token(user), newProject("By " + user));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asString()).as(user).contains("Administrator");
        }
        String name = "API project " + UUID.randomUUID();
        Response created = api.send("POST", "/api/v1/projects", api.token("admin"), newProject(name));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("name").asString()).isEqualTo(name);
        assertThat(created.body().get("startFromEmpty").asBoolean()).isFalse();
    }

    @Test
    void aProjectIsRefusedForTheSameReasonsAsOnTheScreenNamingTheField() {
        String admin = api.token("admin");
        String taken = DocumentFixtures.newProject(projects).name();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("name", newProject(" ")),
                Map.entry("name", newProject(taken)),
                Map.entry("sourceLanguage", with(newProject("P " + UUID.randomUUID()), "sourceLanguage", "xx-XX")),
                Map.entry("targetLanguage", with(newProject("P " + UUID.randomUUID()), "targetLanguage", "ja-JP")));
        for (var refusal : cases) {
            Response refused = api.send("POST", "/api/v1/projects", admin, refusal.getValue());
            assertThat(refused.status()).as(refusal.getKey()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).isEqualTo(refusal.getKey());
        }
        Response noBody = api.send("POST", "/api/v1/projects", admin, null);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.body().get("detail").asString()).contains("missing or is not valid JSON");
        Response wrongType = api.send("POST", "/api/v1/projects", admin,
                with(newProject("P " + UUID.randomUUID()), "startFromEmpty", "sometimes"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("field").asString()).isEqualTo("startFromEmpty");
        assertThat(wrongType.body().get("detail").asString()).contains("true or false").doesNotContain("java.");
    }

    @Test
    void documentsComeInPagesNewestFirstWithEditAndReviewProgress() {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        long older = DocumentFixtures.importText(importer, project.id(), "The first one.\n\nIt has two.").documentId();
        long newer = DocumentFixtures.importText(importer, project.id(), "The second one.").documentId();
        String reviewer = api.token("reviewer");

        Response first = api.send("GET", "/api/v1/projects/" + project.id() + "/documents?size=1", reviewer, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("totalDocuments").asInt()).isEqualTo(2);
        assertThat(first.body().get("hasNext").asBoolean()).isTrue();
        JsonNode item = first.body().get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(newer);
        assertThat(item.get("archived").asBoolean()).isFalse();
        assertThat(item.get("progress").get("state").asString()).isEqualTo("IN_TRANSLATION");
        assertThat(item.get("progress").get("counts").get("NEW").asInt()).isEqualTo(1);

        Response second = api.send("GET", "/api/v1/projects/" + project.id() + "/documents?page=1&size=1", reviewer, null);
        assertThat(second.body().get("items").get(0).get("id").asLong()).isEqualTo(older);
        assertThat(second.body().get("items").get(0).get("progress").get("translatable").asInt()).isEqualTo(2);
        assertThat(second.body().get("hasNext").asBoolean()).isFalse();
        Response beyond = api.send("GET", "/api/v1/projects/" + project.id() + "/documents?page=1000000&size=200", reviewer, null);
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.body().get("items")).isEmpty();
    }

    @Test
    void absurdDocumentPagesAreProblemsNamingTheParameterNeverServerErrors() {
        long projectId = DocumentFixtures.newProject(projects).id();
        String translator = api.token("translator");
        for (String query : List.of("page=-1", "size=0", "size=201", "page=1000001", "page=2147483647&size=200")) {
            Response refused = api.send("GET", "/api/v1/projects/" + projectId + "/documents?" + query, translator, null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
        }
        for (String parameter : List.of("page=99999999999", "size=x", "archived=perhaps")) {
            Response refused = api.send("GET", "/api/v1/projects/" + projectId + "/documents?" + parameter, translator, null);
            assertThat(refused.status()).as(parameter).isEqualTo(400);
            assertThat(refused.body().get("field").asString()).isEqualTo(parameter.substring(0, parameter.indexOf('=')));
        }
        assertThat(api.send("GET", "/api/v1/projects/" + Long.MAX_VALUE + "/documents", translator, null).status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsListArchivedDocuments() {
        long projectId = DocumentFixtures.newProject(projects).id();
        for (String user : NOT_ADMINISTRATORS) {
            Response refused = api.send("GET", "/api/v1/projects/" + projectId + "/documents?archived=true", api.token(user), null);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body().get("detail").asString()).contains("Administrator");
        }
        assertThat(api.send("GET", "/api/v1/projects/" + projectId + "/documents?archived=true", api.token("admin"), null)
                .status()).isEqualTo(200);
    }

    private static Map<String, Object> newProject(String name) {
        return new HashMap<>(Map.of("name", name, "sourceLanguage", "zh-CN", "targetLanguage", "en-US"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
