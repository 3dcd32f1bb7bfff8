package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.LanguageToolDown;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** With LanguageTool down, submit and approve over HTTP are 422 GATE problems naming the check, overridable by reviewers. */
@LanguageToolDown
class GateWhenChecksCannotRunApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;

    @Test
    void submittingAndApprovingSayTheGrammarCheckCouldNotRunAndAReviewersReasonIsAudited() {
        var api = new ApiClient(port);
        String translator = api.token("translator");
        String reviewer = api.token("reviewer");
        String reviewer2 = api.token("reviewer2");
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The mayor have opened the fair.").documentId();
        JsonNode row = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0);
        String segment = "/api/v1/segments/" + row.get("id").asLong();

        Response refused = api.send("POST", segment + "/submit", translator,
                Map.of("expectedVersion", row.get("version").asLong(), "overrideReason", "Looks fine."));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("refusal").asString()).isEqualTo("GATE");
        assertThat(refused.body().get("detail").asString())
                .startsWith("The grammar check could not run (LanguageTool is not answering), so errors cannot be ruled out")
                .contains("Only a reviewer");

        Response edited = api.send("PUT", segment, reviewer,
                Map.of("cleanText", "The mayor has opened the fair.", "expectedVersion", row.get("version").asLong()));
        Response submitted = api.send("POST", segment + "/submit", reviewer,
                Map.of("expectedVersion", edited.body().get("version").asLong(), "overrideReason", "Grammar read by hand."));
        assertThat(submitted.status()).isEqualTo(200);
        Response unchecked = api.send("POST", segment + "/approve", reviewer2,
                Map.of("expectedRevisionNo", 2, "expectedVersion", submitted.body().get("version").asLong()));
        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.body().get("detail").asString()).contains("grammar check could not run");
        Response approved = api.send("POST", segment + "/approve", reviewer2, Map.of("expectedRevisionNo", 2,
                "expectedVersion", submitted.body().get("version").asLong(), "overrideReason", "Read it again: fine."));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");

        JsonNode trail = api.send("GET", segment + "/review-events", translator, null).body();
        assertThat(trail).extracting(event -> event.get("overrideReason").asString())
                .containsExactly("Read it again: fine.", "Grammar read by hand.");
        assertThat(trail).allSatisfy(event -> assertThat(event.get("overriddenIssues").asString())
                .contains("The grammar check could not run (LanguageTool is not answering)"));
    }
}
