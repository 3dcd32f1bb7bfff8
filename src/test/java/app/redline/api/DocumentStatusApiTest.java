package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Status, sign-off and export over real HTTP. */
@IntegrationTest
class DocumentStatusApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired SegmentService segments;
    @Autowired ReviewService review;

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
    void statusSignOffAndExportFollowTheSegments() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.\n\nThe meeting reviewed the annual plan.").documentId();
        String base = "/api/v1/documents/" + documentId;

        Response status = api.send("GET", base + "/status", translator, null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("state").asString()).isEqualTo("IN_TRANSLATION");
        assertThat(status.body().get("translatable").asInt()).isEqualTo(2);
        assertThat(status.body().get("counts").get("NEW").asInt()).isEqualTo(2);

        Response refused = api.send("POST", base + "/sign-off", reviewer, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Response draft = api.send("GET", base + "/export.csv", translator, null);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.contentType()).startsWith("text/csv");
        assertThat(draft.disposition()).contains("test-clean-draft.csv");

        approveAll(documentId);
        assertThat(api.send("POST", base + "/sign-off", translator, null).status()).isEqualTo(403);
        Response signed = api.send("POST", base + "/sign-off", reviewer, null);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body().get("signedBy").asString()).isEqualTo("reviewer");
        assertThat(signed.body().get("approvedSegments").asInt()).isEqualTo(2);
        assertThat(api.send("GET", base + "/status", translator, null).body().get("state").asString()).isEqualTo("SIGNED_OFF");

        Response text = api.send("GET", base + "/export.txt", translator, null);
        assertThat(text.disposition()).contains("test-clean.txt");
        assertThat(text.raw()).isEqualTo("The committee adopted the report.\n\nThe meeting reviewed the annual plan.\n");
        assertThat(api.send("GET", "/api/v1/documents/999999999/status", translator, null).status()).isEqualTo(404);
    }

    private void approveAll(long documentId) {
        for (SegmentSnapshot segment : Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 10))) {
            SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), segment.version()));
            Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), 1, submitted.version(), null));
        }
    }
}
