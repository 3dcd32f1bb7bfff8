package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Archiving instead of deleting: an archived document leaves every list and takes no edits, while everything it
 * recorded stays readable by id.
 */
@IntegrationTest
class DocumentArchiveApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    String translator;
    String reviewer;
    String admin;
    ProjectInfo project;
    long documentId;
    JsonNode submitted;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        translator = api.token("translator");
        reviewer = api.token("reviewer");
        admin = api.token("admin");
        project = DocumentFixtures.newProject(projects);
        documentId = DocumentFixtures.importText(importer, project.id(),
                "The archived sentence waits.\n\nThe second archived sentence.").documentId();
        JsonNode first = segments().get(0);
        assertThat(api.send("PUT", "/api/v1/segments/" + first.get("id").asLong(), translator, Map.of("cleanText",
                "The archived sentence waits. Edited.", "expectedVersion", first.get("version").asLong())).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/documents/" + documentId + "/submit-drafts", translator, null).status()).isEqualTo(200);
        // Assigned, so "mine only" finds it however long the shared queue is.
        assertThat(api.send("PUT", "/api/v1/documents/" + documentId + "/assignees", admin,
                Map.of("translators", List.of("translator"), "reviewers", List.of("reviewer"))).status()).isEqualTo(200);
        submitted = segments().get(0);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAdministratorsArchiveAndOthersReadWhy() {
        for (String user : ProjectsApiTest.NOT_ADMINISTRATORS) {
            for (String action : List.of("archive", "restore")) {
                Response refused = api.send("POST", "/api/v1/documents/" + documentId + "/" + action, api.token(user), null);
                assertThat(refused.status()).as(user + " " + action).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.body().get("detail").asString()).contains("Administrator");
            }
        }
        assertThat(archiveChanges()).isZero();
        assertThat(api.send("POST", "/api/v1/documents/" + Long.MAX_VALUE + "/archive", admin, null).status()).isEqualTo(404);
    }

    @Test
    void archivedDocumentLeavesListsQueueAndSignOffButStaysReadableById() {
        assertThat(waitingDocumentIds()).contains(documentId);

        Response archived = api.send("POST", "/api/v1/documents/" + documentId + "/archive", admin, null);

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.body().get("archived").asBoolean()).isTrue();
        assertThat(archived.body().get("archivedBy").asString()).isEqualTo("admin");
        assertThat(listedIds(translator, false)).doesNotContain(documentId);
        assertThat(listedIds(admin, true)).containsExactly(documentId);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> documents.listByProject(project.id())))
                .as("what the Documents and Sign-off screens list").extracting(DocumentSummary::id).doesNotContain(documentId);
        assertThat(waitingDocumentIds()).doesNotContain(documentId);
        assertThat(api.send("GET", "/api/v1/review/queue?mineOnly=true&size=200", reviewer, null).body().get("items")
                .findValues("documentId")).extracting(JsonNode::asLong).doesNotContain(documentId);

        JsonNode detail = api.send("GET", "/api/v1/documents/" + documentId, translator, null).body();
        assertThat(detail.get("document").get("archived").asBoolean()).isTrue();
        assertThat(detail.get("document").get("progress").get("counts").get("SUBMITTED").asInt()).isOne();
        assertThat(detail.get("archiveChanges").get(0).get("change").asString()).isEqualTo("ARCHIVED");
        assertThat(detail.get("archiveChanges").get(0).get("changedBy").asString()).isEqualTo("admin");
        assertThat(segments()).hasSize(2);
        long segmentId = submitted.get("id").asLong();
        assertThat(api.send("GET", "/api/v1/segments/" + segmentId + "/revisions", translator, null).body()).hasSize(2);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/review-events", translator, null).body()).hasSize(1);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/status", translator, null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/audit", translator, null).status()).isEqualTo(200);
    }

    @Test
    void archivedDocumentRefusesEditsAndReviewStepsUntilRestored() {
        api.send("POST", "/api/v1/documents/" + documentId + "/archive", admin, null);
        long segmentId = submitted.get("id").asLong();
        long version = submitted.get("version").asLong();

        Response edit = api.send("PUT", "/api/v1/segments/" + segmentId, translator,
                Map.of("cleanText", "Changed after archiving.", "expectedVersion", version));
        Response reject = api.send("POST", "/api/v1/segments/" + segmentId + "/reject", reviewer,
                Map.of("expectedVersion", version, "reason", "Too late."));

        Response signOff = api.send("POST", "/api/v1/documents/" + documentId + "/sign-off", reviewer, null);

        for (Response refused : List.of(edit, reject, signOff)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("title").asString()).isEqualTo("Document archived");
            assertThat(refused.body().get("detail").asString()).contains("archived by admin", "restore");
        }
        assertThat(jdbc.queryForObject("select count(*) from revision where segment_id = ?", Integer.class, segmentId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from segment where id = ?", String.class, segmentId)).isEqualTo("SUBMITTED");

        Response restored = api.send("POST", "/api/v1/documents/" + documentId + "/restore", admin, null);
        assertThat(restored.body().get("archived").asBoolean()).isFalse();
        assertThat(listedIds(translator, false)).contains(documentId);
        assertThat(api.send("POST", "/api/v1/segments/" + segmentId + "/reject", reviewer,
                Map.of("expectedVersion", version, "reason", "Now it counts.")).status()).isEqualTo(200);
    }

    @Test
    void archivingTwiceChangesNothingAndTheTrailIsAppendOnly() {
        api.send("POST", "/api/v1/documents/" + documentId + "/archive", admin, null);
        Response again = api.send("POST", "/api/v1/documents/" + documentId + "/archive", admin, null);
        api.send("POST", "/api/v1/documents/" + documentId + "/restore", admin, null);
        api.send("POST", "/api/v1/documents/" + documentId + "/restore", admin, null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId, admin, null).body().get("archiveChanges")
                .findValuesAsString("change")).containsExactly("ARCHIVED", "RESTORED");
        assertThatThrownBy(() -> jdbc.update("delete from document_archive_change where document_id = ?", documentId))
                .hasMessageContaining("audit history");
        assertThatThrownBy(() -> jdbc.update("update document_archive_change set changed_by = 'x' where document_id = ?", documentId))
                .hasMessageContaining("audit history");
        assertThatThrownBy(() -> jdbc.execute("truncate document_archive_change")).hasMessageContaining("cannot be truncated");
    }

    private JsonNode segments() {
        return api.send("GET", "/api/v1/documents/" + documentId + "/segments", translator, null).body().get("items");
    }

    private List<Long> listedIds(String token, boolean archived) {
        Response page = api.send("GET", "/api/v1/projects/" + project.id() + "/documents?archived=" + archived, token, null);
        assertThat(page.status()).isEqualTo(200);
        return page.body().get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private List<Long> waitingDocumentIds() {
        Response waiting = api.send("GET", "/api/v1/review/documents?mineOnly=true", reviewer, null);
        assertThat(waiting.status()).isEqualTo(200);
        return waiting.body().findValues("documentId").stream().map(JsonNode::asLong).toList();
    }

    private int archiveChanges() {
        return jdbc.queryForObject("select count(*) from document_archive_change where document_id = ?", Integer.class, documentId);
    }
}
