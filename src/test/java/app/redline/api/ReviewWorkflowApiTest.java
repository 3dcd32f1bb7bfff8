package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Assignment, "submit my drafts", the queue and bulk approval over HTTP, with refusals that say why. */
@IntegrationTest
class ReviewWorkflowApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    ApiClient api;
    String translator;
    String reviewer;
    String reviewer2;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        translator = api.token("translator");
        reviewer = api.token("reviewer");
        reviewer2 = api.token("reviewer2");
        admin = api.token("admin");
    }

    @Test
    void translatorSubmitsDraftsReviewerOpensThemAndApprovesTheBatch() {
        long documentId = importDocument("The first workflow sentence.\n\nThe second workflow sentence.");
        JsonNode rows = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=10", translator, null).body().get("items");
        for (JsonNode row : rows) {
            assertThat(api.send("PUT", "/api/v1/segments/" + row.get("id").asLong(), translator, Map.of(
                    "cleanText", row.get("readout").asString() + " Edited.", "expectedVersion", row.get("version").asLong())).status())
                    .isEqualTo(200);
        }

        Response drafts = api.send("POST", "/api/v1/documents/" + documentId + "/submit-drafts", translator, null);
        assertThat(drafts.status()).isEqualTo(200);
        assertThat(drafts.body().get("submitted")).hasSize(2);
        assertThat(drafts.body().get("skipped")).isEmpty();

        // Assigned to me, so "mine only" finds it however long the shared queue is.
        assertThat(api.send("PUT", "/api/v1/documents/" + documentId + "/assignees", admin,
                Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer"))).status()).isEqualTo(200);
        JsonNode queued = queue("mineOnly=true&size=200");
        List<JsonNode> ours = ours(queued, documentId);
        assertThat(ours).hasSize(2);
        List<Map<String, Object>> batch = ours.stream().map(item -> Map.<String, Object>of("segmentId", item.get("segmentId").asLong(),
                "revisionNo", item.get("revisionNo").asInt(), "version", item.get("version").asLong())).toList();

        Response unseen = api.send("POST", "/api/v1/review/approve", reviewer, batch);
        assertThat(unseen.status()).isEqualTo(422);
        assertThat(unseen.body().get("refusal").asString()).isEqualTo("NOT_SEEN");
        assertThat(unseen.body().get("detail").asString()).contains("segment 1 of", "segment 2 of");

        for (JsonNode item : ours) {
            Response detail = api.send("GET", "/api/v1/review/segments/" + item.get("segmentId").asLong(), reviewer, null);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.body().get("revisionNo").asInt()).isEqualTo(item.get("revisionNo").asInt());
        }
        Response approved = api.send("POST", "/api/v1/review/approve", reviewer, batch);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).extracting(segment -> segment.get("status").asString()).containsOnly("APPROVED");
    }

    @Test
    void assigneesDecideWhoReviewsAndRefusalsSayWhyInTheProblemBody() {
        long documentId = importDocument("An assigned workflow sentence.");
        Response denied = api.send("PUT", "/api/v1/documents/" + documentId + "/assignees", translator,
                Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer2")));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(denied.body().get("detail").asString()).contains("Administrator", "Reviewer");

        Response assigned = api.send("PUT", "/api/v1/documents/" + documentId + "/assignees", admin,
                Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer2")));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().get("reviewers")).extracting(JsonNode::asString).containsExactly("reviewer2");
        assertThat(api.send("PUT", "/api/v1/documents/" + documentId + "/assignees", admin,
                Map.of("translators", List.of(), "reviewers", List.of("translator"))).status()).isEqualTo(400);

        JsonNode row = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
        Response submitted = api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/submit", translator,
                Map.of("expectedVersion", row.get("version").asLong()));
        long version = submitted.body().get("version").asLong();
        Response notAssigned = api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/approve", reviewer,
                Map.of("expectedRevisionNo", 1, "expectedVersion", version));
        assertThat(notAssigned.status()).isEqualTo(403);
        assertThat(notAssigned.body().get("refusal").asString()).isEqualTo("NOT_ASSIGNED");
        assertThat(notAssigned.body().get("detail").asString()).contains("reviewer2");
        assertThat(ours(queue("size=200"), documentId)).isEmpty();

        Response translatorApproves = api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/approve", translator,
                Map.of("expectedRevisionNo", 1, "expectedVersion", version));
        assertThat(translatorApproves.status()).isEqualTo(403);
        assertThat(translatorApproves.body().get("detail").asString()).contains("Reviewer").doesNotContain("Access Denied");
        assertThat(api.send("GET", "/api/v1/review/queue", translator, null).body().get("detail").asString()).contains("Reviewer");

        JsonNode audit = api.send("GET", "/api/v1/documents/" + documentId + "/audit", translator, null).body().get("items");
        assertThat(audit).extracting(entry -> entry.get("action").asString()).containsExactly("SUBMIT", "ASSIGNED", "ASSIGNED");
    }

    @Test
    void aReviewerRefusedAsNotAssignedCannotReplaceTheAssigneesWithThemselves() {
        long documentId = importDocument("A document assigned to someone else.");
        String assignees = "/api/v1/documents/" + documentId + "/assignees";
        assertThat(api.send("PUT", assignees, admin, Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer")))
                .status()).isEqualTo(200);
        JsonNode row = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
        long version = api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/submit", translator,
                Map.of("expectedVersion", row.get("version").asLong())).body().get("version").asLong();
        Map<String, Object> approval = Map.of("expectedRevisionNo", 1, "expectedVersion", version);
        assertThat(api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/approve", reviewer2, approval)
                .body().get("refusal").asString()).isEqualTo("NOT_ASSIGNED");

        Response takeover = api.send("PUT", assignees, reviewer2,
                Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer2")));

        assertThat(takeover.status()).isEqualTo(403);
        assertThat(takeover.contentType()).startsWith("application/problem+json");
        assertThat(takeover.body().get("detail").asString())
                .isEqualTo("Only an administrator or the document's assigned reviewers (reviewer) change who works on it.");
        assertThat(api.send("GET", assignees, reviewer2, null).body().get("reviewers"))
                .extracting(JsonNode::asString).containsExactly("reviewer");
        assertThat(api.send("POST", "/api/v1/segments/" + row.get("id").asLong() + "/approve", reviewer2, approval).status())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/audit", reviewer2, null).body().get("items"))
                .extracting(entry -> entry.get("actor").asString()).containsExactly("translator", "admin", "admin");
    }

    @Test
    void theQueueValidatesItsFilters() {
        assertThat(api.send("GET", "/api/v1/review/queue?hasIssues=maybe", reviewer, null).status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/v1/review/queue?size=0", reviewer, null).status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/v1/review/queue?size=201", reviewer, null).status()).isEqualTo(400);
        Response errors = api.send("GET", "/api/v1/review/queue?hasIssues=errors&rejectedBefore=true&page=0&size=5", reviewer, null);
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body().get("size").asInt()).isEqualTo(5);
    }

    private JsonNode queue(String query) {
        Response response = api.send("GET", "/api/v1/review/queue?" + query, reviewer, null);
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("items");
    }

    private static List<JsonNode> ours(JsonNode items, long documentId) {
        var ours = new java.util.ArrayList<JsonNode>();
        items.forEach(item -> {
            if (item.get("documentId").asLong() == documentId) {
                ours.add(item);
            }
        });
        return ours;
    }

    private long importDocument(String text) {
        return DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(), text).documentId();
    }
}
