package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class GlossaryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER =
            "concept_id,subject_field,definition,concept_note,language,term,status,case_sensitive,match_mode,part_of_speech,term_note,authority\n";

    @LocalServerPort int port;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    RestClient http;
    long glossaryId;

    record Response(int status, JsonNode body, String raw) {}

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
        var project = DocumentFixtures.newProject(projects);
        glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
    }

    @Test
    void managerImportsCsvAndAnyoneSearchesAndExports() {
        String csv = HEADER + "c1,Ecology,,,zh-CN,双碳,preferred,,,,,\n"
                + "c1,,,,en-US,dual carbon,preferred,,,,,Xinhua\n"
                + "c1,,,,en-US,double carbon,forbidden,,,,,\n";
        Response imported = upload(token("glossary"), "terms.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("newConcepts").asInt()).isEqualTo(1);

        String reader = token("translator");
        Response found = get(reader, "/api/v1/glossaries/" + glossaryId + "/concepts?q=carbon&contains=true");
        assertThat(found.body()).hasSize(1);
        Response exported = get(reader, "/api/v1/glossaries/" + glossaryId + "/export?format=csv");
        assertThat(exported.raw()).contains("double carbon", "forbidden");
        Response tbx = get(reader, "/api/v1/glossaries/" + glossaryId + "/export?format=tbx");
        assertThat(tbx.raw()).contains("<martif", "deprecatedTerm-admn-sts");
    }

    @Test
    void hostileTbxIsAProblemAndNothingIsWritten() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <martif type="TBX-Basic"><text><body><termEntry id="1"><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>
                """;
        Response refused = upload(token("glossary"), "bomb.tbx", bomb.getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("reason").asString()).isEqualTo("HOSTILE");
        assertThat(jdbc.queryForObject("select count(*) from concept where glossary_id = ?", Integer.class, glossaryId)).isZero();
    }

    @Test
    void wrongCsvHeaderNamesTheExpectedOne() {
        Response refused = upload(token("glossary"), "terms.csv", "id,term\n1,x\n".getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().get("detail").asString()).contains("concept_id");
    }

    @Test
    void translatorsCannotImport() {
        String csv = HEADER + "c1,,,,en-US,Jilin,preferred,true,,,,\n";
        assertThat(upload(token("translator"), "terms.csv", csv.getBytes(StandardCharsets.UTF_8), true).status())
                .isEqualTo(403);
    }

    private Response upload(String token, String fileName, byte[] content, boolean dryRun) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri("/api/v1/glossaries/" + glossaryId + "/import?dryRun=" + dryRun)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> read(response.getStatusCode().value(), response.bodyTo(String.class)));
    }

    private Response get(String token, String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> read(response.getStatusCode().value(), response.bodyTo(String.class)));
    }

    private String token(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "glossary test"))
                .retrieve().body(JsonNode.class).get("token").asString();
    }

    private static Response read(int status, String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("[")) ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            json = JSON.createObjectNode();
        }
        return new Response(status, json, body);
    }
}
