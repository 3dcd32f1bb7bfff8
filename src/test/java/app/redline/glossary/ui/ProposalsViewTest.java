package app.redline.glossary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.ProposalData;
import app.redline.glossary.TermProposalService;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ProposalsViewTest {

    @Autowired ApplicationContext context;
    @Autowired TermProposalService proposals;
    @Autowired ProjectService projects;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void managersSeeTheQueueAndProposersSeeTheirOwn() {
        var project = DocumentFixtures.newProject(projects);
        ProposalData proposed = Roles.as("translator2", Role.TRANSLATOR,
                () -> proposals.propose(project.id(), null, "一岗双责", "one post, two responsibilities", null));

        ViewTests.start(context, "glossary", Role.GLOSSARY_MANAGER);
        UI.getCurrent().navigate("glossary/proposals");
        assertThat(GridKt._fetch(_get(ProposalsView.class).grid, 0, 1000))
                .extracting(ProposalData::id).contains(proposed.id());
        ViewTests.stop();

        ViewTests.start(context, "translator2", Role.TRANSLATOR);
        UI.getCurrent().navigate("glossary/proposals");
        assertThat(GridKt._fetch(_get(ProposalsView.class).grid, 0, 1000))
                .extracting(ProposalData::proposedBy).containsOnly("translator2");
    }
}
