package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Concepts one by one over HTTP: the glossary screen's rules, version check and change log, per role. */
@IntegrationTest
class ConceptsApiTest {

    @LocalServerPort int port;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;

    ApiClient api;
    long glossaryId;
    String word;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        var project = DocumentFixtures.newProject(projects);
        glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
        word = "carbon" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void glossaryManagersAndAdministratorsCreateChangeAndDeleteConcepts() {
        for (String user : List.of("glossary", "admin")) {
            String token = api.token(user);
            Response created = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", token,
                    concept("dual " + word + " " + user, null));
            assertThat(created.status()).as(user).isEqualTo(201);
            long id = created.body().get("id").asLong();
            assertThat(created.body().get("updatedBy").asString()).isEqualTo(user);

            Map<String, Object> change = concept("dual " + word + " " + user, created.body().get("version").asLong());
            change.put("definition", "Peak carbon and carbon neutrality.");
            Response changed = api.send("PUT", "/api/v1/concepts/" + id, token, change);
            assertThat(changed.status()).as(user).isEqualTo(200);
            assertThat(changed.body().get("definition").asString()).isEqualTo("Peak carbon and carbon neutrality.");

            Response deleted = api.send("DELETE", "/api/v1/concepts/" + id + "?version="
                    + changed.body().get("version").asLong(), token, null);
            assertThat(deleted.status()).as(user).isEqualTo(204);
            assertThat(api.send("GET", "/api/v1/concepts/" + id, token, null).status()).isEqualTo(404);
        }
    }

    @Test
    void translatorsAndReviewersReadConceptsButChangeNoneAndReadWhy() {
        long id = createAsManager(concept("dual " + word, null));
        JsonNode current = api.send("GET", "/api/v1/concepts/" + id, api.token("translator"), null).body();
        for (String user : List.of("translator", "reviewer")) {
            String token = api.token(user);
            List<Response> refusals = List.of(
                    api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", token, concept("other " + word, null)),
                    api.send("PUT", "/api/v1/concepts/" + id, token, concept("changed " + word, current.get("version").asLong())),
                    api.send("DELETE", "/api/v1/concepts/" + id + "?version=" + current.get("version").asLong(), token, null));
            for (Response refused : refusals) {
                assertThat(refused.status()).as(user).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.body().get("detail").asString()).contains("Glossary manager", "Administrator");
            }
        }
        assertThat(api.send("GET", "/api/v1/concepts/" + id, api.token("reviewer"), null).body().get("version").asLong())
                .isEqualTo(current.get("version").asLong());
    }

    @Test
    void brokenRulesAreA422ListingEachAsTheScreenDoes() {
        createAsManager(concept("dual " + word, null));
        String manager = api.token("glossary");
        Map<String, Object> clash = concept("dual " + word, null);
        Map<String, Object> foreign = new HashMap<>(concept("x" + word, null));
        foreign.put("terms", List.of(Map.of("language", "fr-FR", "text", "carbone " + word, "status", "PREFERRED")));

        Response preferredTwice = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", manager, clash);
        Response wrongLanguage = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", manager, foreign);
        Response noTerms = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", manager, Map.of("note", "empty"));

        assertThat(preferredTwice.status()).isEqualTo(422);
        assertThat(preferredTwice.body().get("problems").get(0).asString()).contains("is already preferred in concept");
        assertThat(wrongLanguage.status()).isEqualTo(422);
        assertThat(wrongLanguage.body().get("problems").get(0).asString()).contains("carbone", "language the project does not use");
        assertThat(noTerms.status()).isEqualTo(422);
        assertThat(noTerms.body().get("problems").get(0).asString()).isEqualTo("A concept needs at least one term.");
    }

    @Test
    void malformedRequestsAre400sNamingTheField() {
        long id = createAsManager(concept("dual " + word, null));
        String manager = api.token("glossary");
        Map<String, Object> badStatus = concept("dual " + word, 0L);
        badStatus.put("terms", List.of(Map.of("language", "en-US", "text", word, "status", "FAVOURITE")));

        Response noVersion = api.send("PUT", "/api/v1/concepts/" + id, manager, concept("dual " + word, null));
        Response unknownStatus = api.send("PUT", "/api/v1/concepts/" + id, manager, badStatus);
        Response deleteWithoutVersion = api.send("DELETE", "/api/v1/concepts/" + id, manager, null);

        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("field").asString()).isEqualTo("version");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.body().get("field").asString()).isEqualTo("terms[0].status");
        assertThat(unknownStatus.body().get("detail").asString()).contains("PREFERRED", "FORBIDDEN", "FAVOURITE")
                .doesNotContain("app.redline");
        assertThat(deleteWithoutVersion.status()).isEqualTo(400);
        assertThat(deleteWithoutVersion.body().get("field").asString()).isEqualTo("version");
    }

    @Test
    void aStaleVersionIsA409AndNothingIsOverwritten() {
        long id = createAsManager(concept("dual " + word, null));
        String manager = api.token("glossary");
        long read = api.send("GET", "/api/v1/concepts/" + id, manager, null).body().get("version").asLong();
        Map<String, Object> first = concept("dual " + word, read);
        first.put("note", "First change.");
        assertThat(api.send("PUT", "/api/v1/concepts/" + id, api.token("admin"), first).status()).isEqualTo(200);

        Map<String, Object> second = concept("dual " + word, read);
        second.put("note", "Second change, made on the old version.");
        Response conflict = api.send("PUT", "/api/v1/concepts/" + id, manager, second);
        Response staleDelete = api.send("DELETE", "/api/v1/concepts/" + id + "?version=" + read, manager, null);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("detail").asString()).contains("changed by admin");
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(api.send("GET", "/api/v1/concepts/" + id, manager, null).body().get("note").asString())
                .isEqualTo("First change.");
    }

    @Test
    void everyChangeLandsInTheChangeLogTheHistoryButtonShows() {
        String manager = api.token("glossary");
        JsonNode created = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", manager,
                concept("dual " + word, null)).body();
        long id = created.get("id").asLong();
        Map<String, Object> change = concept("dual " + word, created.get("version").asLong());
        JsonNode zhTerm = created.get("terms").get(0);
        change.put("terms", List.of(Map.of("id", zhTerm.get("id").asLong(), "language", "zh-CN", "text", "双碳",
                "status", "PREFERRED")));
        JsonNode changed = api.send("PUT", "/api/v1/concepts/" + id, manager, change).body();
        api.send("DELETE", "/api/v1/concepts/" + id + "?version=" + changed.get("version").asLong(), manager, null);

        Response history = api.send("GET", "/api/v1/concepts/" + id + "/history", api.token("translator"), null);

        assertThat(history.status()).isEqualTo(200);
        List<String> entries = history.body().valueStream()
                .map(entry -> entry.get("action").asString() + " by " + entry.get("changedBy").asString()).toList();
        // Newest first: the zh term deleted with the concept; the change removing the en term and renaming the zh one;
        // the concept and its two terms created.
        assertThat(entries).containsExactly("DELETED by glossary", "DELETED by glossary", "UPDATED by glossary",
                "CREATED by glossary", "CREATED by glossary", "CREATED by glossary");
        assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.conceptHistory(id)))
                .as("the log the screen's History button reads").hasSize(6);
    }

    private long createAsManager(Map<String, Object> concept) {
        Response created = api.send("POST", "/api/v1/glossaries/" + glossaryId + "/concepts", api.token("glossary"), concept);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** A concept with a preferred Chinese and a preferred English term; version null for a new one. */
    private static Map<String, Object> concept(String english, Long version) {
        var concept = new HashMap<String, Object>();
        concept.put("subjectField", "Ecology");
        concept.put("terms", List.of(
                Map.of("language", "zh-CN", "text", "双碳" + english.hashCode(), "status", "PREFERRED"),
                Map.of("language", "en-US", "text", english, "status", "PREFERRED")));
        if (version != null) {
            concept.put("version", version);
        }
        return concept;
    }
}
