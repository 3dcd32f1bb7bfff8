package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Submit, approve and reject over real HTTP: the same rules as the services, refusals as problem details. */
@IntegrationTest
class ReviewApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    ApiClient api;
    String translator;
    String reviewer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        translator = api.token("translator");
        reviewer = api.token("reviewer");
    }

    @Test
    void translatorSubmitsReviewerApprovesTheRevisionThenRejectsAndTheTrailShowsItAll() {
        JsonNode segment = firstSegment(DocumentFixtures.newProject(projects).id(), "The meeting reviewed the annual plan.");
        long id = segment.get("id").asLong();
        Response saved = api.send("PUT", "/api/v1/segments/" + id, translator,
                Map.of("cleanText", "The meeting reviewed the plan for the year.", "expectedVersion", segment.get("version").asLong()));
        Response submitted = api.send("POST", "/api/v1/segments/" + id + "/submit", translator,
                Map.of("expectedVersion", saved.body().get("version").asLong()));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        long version = submitted.body().get("version").asLong();
        int revisionNo = api.send("GET", "/api/v1/segments/" + id + "/revisions", reviewer, null).body().get(0).get("revisionNo").asInt();

        Response stale = api.send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(version);
        assertThat(stale.body().get("currentStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(api.send("POST", "/api/v1/segments/" + id + "/approve", translator,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version)).status()).isEqualTo(403);

        Response approved = api.send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", revisionNo, "expectedVersion", version));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");

        long approvedVersion = approved.body().get("version").asLong();
        assertThat(api.send("POST", "/api/v1/segments/" + id + "/reject", reviewer,
                Map.of("expectedVersion", approvedVersion, "reason", " ")).status()).isEqualTo(400);
        Response rejected = api.send("POST", "/api/v1/segments/" + id + "/reject", reviewer,
                Map.of("expectedVersion", approvedVersion, "reason", "Say 'annual work plan'."));
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");

        Response again = api.send("POST", "/api/v1/segments/" + id + "/submit", translator,
                Map.of("expectedVersion", rejected.body().get("version").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("refusal").asString()).isEqualTo("STATE");

        JsonNode trail = api.send("GET", "/api/v1/segments/" + id + "/review-events", translator, null).body();
        assertThat(trail).extracting(event -> event.get("action").asString()).containsExactly("REJECT", "APPROVE", "SUBMIT");
        assertThat(trail.get(1).get("revisionNo").asInt()).isEqualTo(revisionNo);
        assertThat(trail.get(0).get("reason").asString()).isEqualTo("Say 'annual work plan'.");
    }

    @Test
    void openErrorsAndFourEyesAreProblemsWithTheirKind() {
        long demo = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
        JsonNode forbidden = firstSegment(demo, "The meeting discussed the world economic BBS.");
        Response gated = api.send("POST", "/api/v1/segments/" + forbidden.get("id").asLong() + "/submit", translator,
                Map.of("expectedVersion", forbidden.get("version").asLong()));
        assertThat(gated.status()).isEqualTo(422);
        assertThat(gated.body().get("refusal").asString()).isEqualTo("GATE");

        JsonNode own = firstSegment(DocumentFixtures.newProject(projects).id(), "The committee adopted the report.");
        long id = own.get("id").asLong();
        Response edited = api.send("PUT", "/api/v1/segments/" + id, reviewer,
                Map.of("cleanText", "The committee adopted its report.", "expectedVersion", own.get("version").asLong()));
        Response submitted = api.send("POST", "/api/v1/segments/" + id + "/submit", reviewer,
                Map.of("expectedVersion", edited.body().get("version").asLong()));
        Response selfApproved = api.send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", 2, "expectedVersion", submitted.body().get("version").asLong()));
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.body().get("refusal").asString()).isEqualTo("FOUR_EYES");
    }

    @Test
    void aReviewersEditWhileReviewingIsNotApprovedByThatReviewer() {
        JsonNode row = firstSegment(DocumentFixtures.newProject(projects).id(), "The committee met on Monday.");
        long id = row.get("id").asLong();
        Response submitted = api.send("POST", "/api/v1/segments/" + id + "/submit", translator,
                Map.of("expectedVersion", row.get("version").asLong()));
        Response edited = api.send("PUT", "/api/v1/segments/" + id, reviewer,
                Map.of("cleanText", "The committee met on Monday morning.", "expectedVersion", submitted.body().get("version").asLong()));

        Response selfApproved = api.send("POST", "/api/v1/segments/" + id + "/approve", reviewer,
                Map.of("expectedRevisionNo", 2, "expectedVersion", edited.body().get("version").asLong()));

        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.body().get("refusal").asString()).isEqualTo("FOUR_EYES");
        assertThat(selfApproved.body().get("detail").asString()).contains("another reviewer must approve it");
    }

    private JsonNode firstSegment(long projectId, String text) {
        long documentId = DocumentFixtures.importText(importer, projectId, text).documentId();
        return api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
    }
}
