package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Annotating, withdrawing and reading the quality report over real HTTP, with the services' role rules. */
@IntegrationTest
class QualityApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    ApiClient api;
    String translator;
    String reviewer;
    String glossary;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        translator = api.token("translator");
        reviewer = api.token("reviewer");
        glossary = api.token("glossary");
    }

    @Test
    void aReviewerAnnotatesEveryoneReadsTheScoreAndAWithdrawalTakesTheErrorOut() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.").documentId();
        JsonNode segment = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
        long id = segment.get("id").asLong();
        api.send("PUT", "/api/v1/segments/" + id, translator,
                Map.of("cleanText", "The meeting reviewed the plan for the year.", "expectedVersion", segment.get("version").asLong()));

        Map<String, Object> error = new HashMap<>(Map.of("revisionNo", 2, "start", 25, "end", 42,
                "category", "accuracy", "severity", "MAJOR", "note", "Say 'annual work plan'."));
        assertThat(api.send("POST", "/api/v1/segments/" + id + "/annotations", translator, error).status()).isEqualTo(403);
        Response created = api.send("POST", "/api/v1/segments/" + id + "/annotations", reviewer, error);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("markedText").asString()).isEqualTo("plan for the year");
        assertThat(created.body().get("category").asString()).isEqualTo("ACCURACY");

        Response quality = api.send("GET", "/api/v1/documents/" + documentId + "/quality", glossary, null);
        assertThat(quality.status()).isEqualTo(200);
        JsonNode score = quality.body().get("score");
        assertThat(score.get("penaltyPoints").asLong()).isEqualTo(5);
        assertThat(score.get("evaluatedWords").asLong()).isEqualTo(8);
        assertThat(score.get("perThousandWords").asDouble()).isEqualTo(625.0);
        assertThat(score.get("threshold").asDouble()).isEqualTo(10.0);
        assertThat(score.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(score.get("pass").asBoolean()).isFalse();
        assertThat(quality.body().get("counts").get("ACCURACY").get("MAJOR").asInt()).isEqualTo(1);
        assertThat(quality.body().get("effort").get("edits").asLong()).isEqualTo(4);
        assertThat(quality.body().get("effort").get("referenceTokens").asLong()).isEqualTo(9);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/quality/segments", translator, null).body().get(0)
                .get("edits").asInt()).isEqualTo(4);

        long annotationId = created.body().get("id").asLong();
        String withdraw = "/api/v1/segments/" + id + "/annotations/" + annotationId + "/withdraw";
        assertThat(api.send("POST", withdraw, translator, Map.of("reason", "no")).status()).isEqualTo(403);
        assertThat(api.send("POST", withdraw, reviewer, Map.of("reason", "Fine after all.")).body().get("active").asBoolean()).isFalse();
        Response again = api.send("POST", withdraw, reviewer, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        JsonNode after = api.send("GET", "/api/v1/documents/" + documentId + "/quality", translator, null).body().get("score");
        // Neither annotated nor approved any more: nothing in the document is evaluated.
        assertThat(after.get("penaltyPoints").asLong()).isZero();
        assertThat(after.get("verdict").asString()).isEqualTo("NOT_EVALUATED");
        assertThat(after.get("pass").isNull()).isTrue();
        JsonNode listed = api.send("GET", "/api/v1/segments/" + id + "/annotations", translator, null).body();
        assertThat(listed.get(0).get("withdrawnBy").asString()).isEqualTo("reviewer");
        assertThat(api.send("GET", "/api/v1/quality/translators", translator, null).body())
                .allSatisfy(row -> assertThat(row.get("translator").asString()).isEqualTo("translator"));
    }

    @Test
    void administratorsSetTheProjectsWeightsAndThresholdOthersReadThem() {
        long projectId = DocumentFixtures.newProject(projects).id();
        String path = "/api/v1/projects/" + projectId + "/quality-settings";
        String admin = api.token("admin");
        var stricter = Map.of("minor", 1, "major", 10, "critical", 50, "threshold", 5);

        assertThat(api.send("GET", path, translator, null).body().get("major").asInt()).isEqualTo(5);
        Response refused = api.send("PUT", path, reviewer, stricter);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asString()).contains("Administrator");
        assertThat(api.send("PUT", path, admin, stricter).body().get("critical").asInt()).isEqualTo(50);
        assertThat(api.send("GET", path, translator, null).body().get("threshold").decimalValue()).isEqualByComparingTo("5");

        Response falling = api.send("PUT", path, admin, Map.of("minor", 5, "major", 1, "critical", 25, "threshold", 10));
        assertThat(falling.status()).isEqualTo(400);
        assertThat(falling.body().get("detail").asString()).contains("must not fall with severity");
    }

    @Test
    void invalidAnnotationsAreProblemsThatSayWhatIsWrong() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.").documentId();
        long id = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();

        Response outside = api.send("POST", "/api/v1/segments/" + id + "/annotations", reviewer,
                Map.of("revisionNo", 1, "start", 10, "end", 400, "category", "STYLE", "severity", "MINOR"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body().get("detail").asString()).contains("not inside");
        Response unknown = api.send("POST", "/api/v1/segments/" + id + "/annotations", reviewer,
                Map.of("revisionNo", 1, "start", 0, "end", 3, "category", "GRAMMAR", "severity", "MINOR"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("detail").asString()).contains("TERMINOLOGY");
        assertThat(api.send("GET", "/api/v1/segments/999999999/annotations", translator, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/documents/999999999/quality", translator, null).status()).isEqualTo(404);
    }
}
