package app.redline.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class GlossaryServiceTest {

    @Autowired GlossaryService glossary;
    @Autowired ProjectService projects;

    GlossaryInfo projectGlossary;
    String unique;

    @BeforeEach
    void createProjectGlossary() {
        var project = DocumentFixtures.newProject(projects);
        projectGlossary = manager(() -> glossary.projectGlossary(project.id()));
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void managerCreatesEditsAndDeletesAConceptWithEveryChangeInHistory() {
        ConceptData created = manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), "Ecology", List.of(
                TermData.of("zh-CN", "双碳" + unique, TermStatus.PREFERRED),
                TermData.of("en-US", "dual carbon " + unique, TermStatus.PREFERRED),
                TermData.of("en-US", "double carbon " + unique, TermStatus.FORBIDDEN)))));
        assertThat(created.terms()).extracting(TermData::matchMode)
                .containsExactly(MatchMode.SUBSTRING, MatchMode.WHOLE_WORD, MatchMode.WHOLE_WORD);

        List<TermData> edited = new ArrayList<>(created.terms());
        TermData forbidden = edited.get(2);
        edited.set(2, new TermData(forbidden.id(), "en-US", forbidden.text(), TermStatus.FORBIDDEN, false,
                MatchMode.INFLECTED, null, "MT rendering", null));
        ConceptData changed = manager(() -> glossary.save(withTerms(created, edited)));
        assertThat(changed.terms().get(2).note()).isEqualTo("MT rendering");

        List<TermChange> termHistory = manager(() -> glossary.termHistory(forbidden.id()));
        assertThat(termHistory).extracting(TermChange::action).containsExactly("UPDATED", "CREATED");
        assertThat(termHistory.getFirst().changedBy()).isEqualTo("glossary");
        assertThat(termHistory.getFirst().before()).contains("WHOLE_WORD");
        assertThat(termHistory.getFirst().after()).contains("INFLECTED", "MT rendering");

        manager(() -> {
            glossary.delete(changed.id(), changed.version());
            return null;
        });
        assertThat(manager(() -> glossary.conceptHistory(changed.id())))
                .extracting(TermChange::action).contains("DELETED");
        assertThat(manager(() -> glossary.glossary(projectGlossary.id())).revision()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void refusesEmptyTermsAndTermsBothApprovedAndForbidden() {
        assertThatThrownBy(() -> manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "  ", TermStatus.PREFERRED))))))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "Two Upholds " + unique, TermStatus.PREFERRED),
                TermData.of("en-US", "two upholds " + unique, TermStatus.FORBIDDEN))))))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("both preferred and forbidden");
    }

    @Test
    void refusesATermPreferredInTwoConceptsOrForbiddenWhereAnotherApprovesIt() {
        manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "World Economic Forum " + unique, TermStatus.PREFERRED)))));

        assertThatThrownBy(() -> manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "world economic forum " + unique, TermStatus.PREFERRED))))))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("already preferred in concept");
        assertThatThrownBy(() -> manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "World Economic Forum " + unique, TermStatus.FORBIDDEN))))))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("cannot be forbidden");
    }

    @Test
    void projectGlossaryTakesOnlyTheProjectsLanguages() {
        assertThatThrownBy(() -> manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("de-DE", "Doppelkohlenstoff " + unique, TermStatus.PREFERRED))))))
                .isInstanceOf(ConceptRejectedException.class).hasMessageContaining("language the project does not use");
    }

    @Test
    void staleVersionIsRefused() {
        ConceptData created = manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "Fuxin " + unique, TermStatus.PREFERRED)))));
        manager(() -> glossary.save(withTerms(created, created.terms())));

        assertThatThrownBy(() -> manager(() -> glossary.save(withTerms(created, created.terms()))))
                .isInstanceOf(GlossaryConflictException.class).hasMessageContaining("since you opened it");
    }

    @Test
    void searchesByPrefixAndContainsWithFilters() {
        manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), "Party building", List.of(
                TermData.of("en-US", unique + " Four Consciousnesses", TermStatus.PREFERRED),
                TermData.of("en-US", unique + " four self-confidence", TermStatus.FORBIDDEN)))));
        long id = projectGlossary.id();

        assertThat(reader(() -> glossary.concepts(id, filter(unique + " four", false, null), 0, 50))).hasSize(1);
        assertThat(reader(() -> glossary.concepts(id, filter("consciousnesses", true, null), 0, 50))).hasSize(1);
        assertThat(reader(() -> glossary.concepts(id, filter("consciousnesses", false, null), 0, 50))).isEmpty();
        assertThat(reader(() -> glossary.concepts(id, filter(unique, false, TermStatus.DEPRECATED), 0, 50))).isEmpty();
        assertThat(reader(() -> glossary.concepts(id,
                new ConceptFilter(unique, false, "en", TermStatus.FORBIDDEN, "Party building", null), 0, 50))).hasSize(1);
    }

    @Test
    void onlyGlossaryManagersAndAdministratorsChangeTerms() {
        var draft = ConceptData.draft(projectGlossary.id(), null, List.of(TermData.of("en-US", "Jilin " + unique, TermStatus.PREFERRED)));
        for (Role role : List.of(Role.TRANSLATOR, Role.REVIEWER)) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> glossary.save(draft)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(Roles.as("admin", Role.ADMIN, () -> glossary.save(draft)).id()).isNotNull();
        assertThat(reader(() -> glossary.concepts(projectGlossary.id(), filter("Jilin " + unique, false, null), 0, 5))).hasSize(1);
    }

    @Test
    void aProjectUsesTheGlobalGlossaryPlusItsOwnWhichWinsOnConflict() {
        long globalId = reader(() -> glossary.global()).id();
        ConceptData global = manager(() -> glossary.save(ConceptData.draft(globalId, null, List.of(
                TermData.of("en-US", "special team " + unique, TermStatus.PREFERRED)))));
        manager(() -> glossary.save(ConceptData.draft(globalId, null, List.of(
                TermData.of("en-US", "Liaoning " + unique, TermStatus.PREFERRED)))));
        String before = reader(() -> glossary.effectiveFor(projectGlossary.projectId())).revisionKey();
        ConceptData own = manager(() -> glossary.save(ConceptData.draft(projectGlossary.id(), null, List.of(
                TermData.of("en-US", "special task force " + unique, TermStatus.PREFERRED),
                TermData.of("en-US", "special team " + unique, TermStatus.DEPRECATED)))));

        EffectiveGlossary effective = reader(() -> glossary.effectiveFor(projectGlossary.projectId()));

        assertThat(effective.revisionKey()).isNotEqualTo(before);
        assertThat(effective.concepts()).extracting(ConceptData::id).contains(own.id()).doesNotContain(global.id());
        assertThat(effective.concepts()).anySatisfy(concept ->
                assertThat(concept.terms()).extracting(TermData::text).contains("Liaoning " + unique));
    }

    private static ConceptFilter filter(String text, boolean contains, TermStatus status) {
        return new ConceptFilter(text, contains, null, status, null, null);
    }

    private static ConceptData withTerms(ConceptData concept, List<TermData> terms) {
        return new ConceptData(concept.id(), concept.glossaryId(), concept.subjectField(), concept.definition(),
                concept.note(), terms, null, null, concept.version());
    }

    private static <T> T manager(java.util.function.Supplier<T> work) {
        return Roles.as("glossary", Role.GLOSSARY_MANAGER, work);
    }

    private static <T> T reader(java.util.function.Supplier<T> work) {
        return Roles.as("translator", Role.TRANSLATOR, work);
    }
}
