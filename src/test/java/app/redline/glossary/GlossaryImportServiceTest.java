package app.redline.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.ImportPreview.Kind;
import app.redline.glossary.ImportPreview.Resolution;
import app.redline.glossary.exchange.ConceptEntry;
import app.redline.glossary.exchange.TermEntry;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class GlossaryImportServiceTest {

    @Autowired GlossaryImportService importer;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    long glossaryId;
    String unique;

    @BeforeEach
    void emptyProjectGlossary() {
        var project = DocumentFixtures.newProject(projects);
        glossaryId = manager(() -> glossaries.projectGlossary(project.id())).id();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void previewsThenAppliesNewConceptsWithHistory() {
        List<ConceptEntry> file = List.of(
                concept("1", term("zh-CN", "双碳", TermStatus.PREFERRED), term("en-US", "dual carbon " + unique, TermStatus.PREFERRED),
                        term("en-US", "double carbon " + unique, TermStatus.FORBIDDEN)),
                concept("2", term("zh-CN", "两个维护", TermStatus.PREFERRED), term("en-US", "Two Upholds " + unique, TermStatus.PREFERRED)));

        ImportPreview preview = manager(() -> importer.preview(glossaryId, file));
        assertThat(preview.count(Kind.NEW)).isEqualTo(2);
        assertThat(count("select count(*) from concept where glossary_id = ?", glossaryId)).isZero();

        ImportSummary summary = manager(() -> importer.apply(preview, Map.of()));

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.terms()).isEqualTo(5);
        assertThat(count("select count(*) from term t join concept c on c.id = t.concept_id where c.glossary_id = ?", glossaryId))
                .isEqualTo(5);
        assertThat(count("select count(*) from term_history where glossary_id = ? and action = 'CREATED'", glossaryId))
                .isEqualTo(5);
        assertThat(manager(() -> importer.preview(glossaryId, file)).count(Kind.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void conflictsAreKeptReplacedOrMergedAsChosen() {
        manager(() -> importer.apply(importer.preview(glossaryId, List.of(
                concept("a", term("zh-CN", "世界经济论坛", TermStatus.PREFERRED),
                        term("en-US", "World Economic Forum " + unique, TermStatus.PREFERRED)),
                concept("b", term("zh-CN", "两个确立", TermStatus.PREFERRED),
                        term("en-US", "Two Establishments " + unique, TermStatus.PREFERRED)))), Map.of()));

        List<ConceptEntry> update = List.of(
                concept("x", term("zh-CN", "世界经济论坛", TermStatus.PREFERRED),
                        term("en-US", "world economic BBS " + unique, TermStatus.FORBIDDEN)),
                concept("y", term("zh-CN", "两个确立", TermStatus.PREFERRED),
                        term("en-US", "the Two Establishments " + unique, TermStatus.PREFERRED)));
        ImportPreview preview = manager(() -> importer.preview(glossaryId, update));
        assertThat(preview.conflicts()).hasSize(2);
        assertThat(preview.conflicts().getFirst().differences()).anySatisfy(difference ->
                assertThat(difference).contains("adds forbidden \"world economic BBS"));

        ImportSummary summary = manager(() -> importer.apply(preview, Map.of(0, Resolution.MERGE, 1, Resolution.REPLACE)));

        assertThat(summary.merged()).isEqualTo(1);
        assertThat(summary.replaced()).isEqualTo(1);
        List<String> forum = texts("世界经济论坛");
        assertThat(forum).containsExactlyInAnyOrder("世界经济论坛", "World Economic Forum " + unique, "world economic BBS " + unique);
        assertThat(texts("两个确立")).containsExactlyInAnyOrder("两个确立", "the Two Establishments " + unique);
    }

    @Test
    void aRuleBrokenAnywhereWritesNothing() {
        List<ConceptEntry> file = List.of(
                concept("1", term("en-US", "Changchun " + unique, TermStatus.PREFERRED)),
                concept("2", term("en-US", "changchun " + unique, TermStatus.PREFERRED)));
        ImportPreview preview = manager(() -> importer.preview(glossaryId, file));

        assertThatThrownBy(() -> manager(() -> importer.apply(preview, Map.of())))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("already preferred");
        assertThat(count("select count(*) from concept where glossary_id = ?", glossaryId)).isZero();
    }

    @Test
    void aPreviewOlderThanTheGlossaryIsRefused() {
        ImportPreview preview = manager(() -> importer.preview(glossaryId,
                List.of(concept("1", term("en-US", "Liaoning " + unique, TermStatus.PREFERRED)))));
        manager(() -> glossaries.save(ConceptData.draft(glossaryId, null,
                List.of(TermData.of("en-US", "Jilin " + unique, TermStatus.PREFERRED)))));

        assertThatThrownBy(() -> manager(() -> importer.apply(preview, Map.of())))
                .isInstanceOf(GlossaryConflictException.class).hasMessageContaining("Preview the file again");
    }

    @Test
    void onlyGlossaryManagersImportButEveryoneExports() {
        var file = List.of(concept("1", term("en-US", "Fuxin " + unique, TermStatus.PREFERRED)));
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> importer.preview(glossaryId, file)))
                .isInstanceOf(AuthorizationDeniedException.class);
        manager(() -> importer.apply(importer.preview(glossaryId, file), Map.of()));

        List<ConceptEntry> exported = Roles.as("translator", Role.TRANSLATOR, () -> importer.export(glossaryId));
        assertThat(exported).singleElement().satisfies(concept ->
                assertThat(concept.terms()).extracting(TermEntry::text).containsExactly("Fuxin " + unique));
    }

    private List<String> texts(String sourceTerm) {
        return jdbc.queryForList("""
                select t.text from term t where t.concept_id = (select s.concept_id from term s join concept c on c.id = s.concept_id
                where c.glossary_id = ? and s.text = ?)""", String.class, glossaryId, sourceTerm);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static ConceptEntry concept(String id, TermEntry... terms) {
        return new ConceptEntry(id, "Party building", null, null, List.of(terms));
    }

    private static TermEntry term(String language, String text, TermStatus status) {
        return new TermEntry(language, text, status, false, MatchMode.defaultFor(language), null, null, null);
    }

    private static <T> T manager(java.util.function.Supplier<T> work) {
        return Roles.as("glossary", Role.GLOSSARY_MANAGER, work);
    }
}
