package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class GlossaryApiTest {

    private static final String HEADER =
            "concept_id,subject_field,definition,concept_note,language,term,status,case_sensitive,match_mode,part_of_speech,term_note,authority\n";

    @LocalServerPort int port;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    long glossaryId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        var project = DocumentFixtures.newProject(projects);
        glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
    }

    @Test
    void managerImportsCsvAndAnyoneSearchesAndExports() {
        String csv = HEADER + "c1,Ecology,,,zh-CN,双碳,preferred,,,,,\n"
                + "c1,,,,en-US,dual carbon,preferred,,,,,Xinhua\n"
                + "c1,,,,en-US,double carbon,forbidden,,,,,\n";
        Response imported = upload(api.token("glossary"), "terms.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("newConcepts").asInt()).isEqualTo(1);

        String reader = api.token("translator");
        Response found = api.send("GET", "/api/v1/glossaries/" + glossaryId + "/concepts?q=carbon&contains=true", reader, null);
        assertThat(found.body()).hasSize(1);
        Response exported = api.send("GET", "/api/v1/glossaries/" + glossaryId + "/export?format=csv", reader, null);
        assertThat(exported.raw()).contains("double carbon", "forbidden");
        Response tbx = api.send("GET", "/api/v1/glossaries/" + glossaryId + "/export?format=tbx", reader, null);
        assertThat(tbx.raw()).contains("<martif", "deprecatedTerm-admn-sts");
    }

    @Test
    void hostileTbxIsAProblemAndNothingIsWritten() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <martif type="TBX-Basic"><text><body><termEntry id="1"><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>
                """;
        Response refused = upload(api.token("glossary"), "bomb.tbx", bomb.getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("reason").asString()).isEqualTo("HOSTILE");
        assertThat(jdbc.queryForObject("select count(*) from concept where glossary_id = ?", Integer.class, glossaryId)).isZero();
    }

    @Test
    void wrongCsvHeaderNamesTheExpectedOne() {
        Response refused = upload(api.token("glossary"), "terms.csv", "id,term\n1,x\n".getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().get("detail").asString()).contains("concept_id");
    }

    @Test
    void translatorsCannotImport() {
        String csv = HEADER + "c1,,,,en-US,Jilin,preferred,true,,,,\n";
        assertThat(upload(api.token("translator"), "terms.csv", csv.getBytes(StandardCharsets.UTF_8), true).status())
                .isEqualTo(403);
    }

    private Response upload(String token, String fileName, byte[] content, boolean dryRun) {
        return api.upload("/api/v1/glossaries/" + glossaryId + "/import?dryRun=" + dryRun, token, fileName, content);
    }
}
