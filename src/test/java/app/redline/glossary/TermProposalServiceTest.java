package app.redline.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class TermProposalServiceTest {

    @Autowired TermProposalService proposals;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;

    ProjectInfo project;
    String unique;

    @BeforeEach
    void setUp() {
        project = DocumentFixtures.newProject(projects);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void translatorProposesManagerAcceptsIntoAConcept() {
        ProposalData proposed = Roles.as("translator", Role.TRANSLATOR,
                () -> proposals.propose(project.id(), null, "专班", "special task force " + unique, "seen in Changchun"));
        assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.pending()))
                .extracting(ProposalData::id).contains(proposed.id());

        long glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
        ConceptData draft = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.draftFor(proposed, glossaryId));
        ConceptData saved = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.accept(proposed.id(), draft));

        assertThat(saved.terms()).extracting(TermData::text).containsExactly("专班", "special task force " + unique);
        ProposalData mine = Roles.as("translator", Role.TRANSLATOR, () -> proposals.mine()).stream()
                .filter(proposal -> proposal.id() == proposed.id()).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo("ACCEPTED");
        assertThat(mine.conceptId()).isEqualTo(saved.id());
    }

    @Test
    void declineNeedsAReasonTheTranslatorSees() {
        ProposalData proposed = Roles.as("reviewer", Role.REVIEWER,
                () -> proposals.propose(project.id(), null, null, "positive wind " + unique, null));

        assertThatThrownBy(() -> Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.decline(proposed.id(), " ")))
                .isInstanceOf(UserMessageException.class);
        Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.decline(proposed.id(), "An MT rendering, not a term."));

        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> proposals.mine()))
                .filteredOn(proposal -> proposal.id() == proposed.id())
                .singleElement().satisfies(proposal -> {
                    assertThat(proposal.status()).isEqualTo("DECLINED");
                    assertThat(proposal.reason()).isEqualTo("An MT rendering, not a term.");
                });
        assertThatThrownBy(() -> Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.decline(proposed.id(), "again")))
                .isInstanceOf(GlossaryConflictException.class);
    }

    @Test
    void translatorsCannotWorkTheQueue() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> proposals.pending()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
