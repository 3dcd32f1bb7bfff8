package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The checks on the demo project's real glossary and the Changchun readout, through the service the editor uses. */
@IntegrationTest
class CheckServiceTest {

    private static final String READOUT = "Meeting communicate learning xi jinping, general secretary of the 2022 world "
            + "economic BBS video conference’s important speech spirit, emphasize always mind “two overall situation”.";

    @Autowired CheckService checks;
    @Autowired ProjectService projects;

    long demoProject;

    @BeforeEach
    void findDemoProject() {
        demoProject = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).map(ProjectInfo::id).findFirst().orElseThrow();
    }

    @Test
    void theGarbledReadoutShowsCasingForbiddenTermAndGrammarIssues() {
        List<Issue> issues = check(READOUT, READOUT);

        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.checkId()).isEqualTo("glossary-forbidden");
            assertThat(READOUT.substring(issue.start(), issue.end())).isEqualToIgnoringCase("world economic BBS");
            assertThat(issue.replacements()).contains("World Economic Forum");
        });
        assertThat(issues).anySatisfy(issue -> {
            assertThat(READOUT.substring(issue.start(), issue.end())).isEqualTo("xi jinping");
            assertThat(issue.replacements()).contains("Xi Jinping");
        });
        assertThat(issues).extracting(Issue::checkId).contains("unchanged", "languagetool");
    }

    @Test
    void aCleanSentenceWithGlossaryNamesIsNotFlaggedAsMisspelt() {
        String clean = "Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Changchun Municipal Committee.";

        List<Issue> issues = check("Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Municipal Committee", clean);

        assertThat(issues).noneSatisfy(issue -> assertThat(clean.substring(issue.start(), issue.end())).isEqualTo("Changchun"));
    }

    @Test
    void recheckingUnchangedTextReturnsTheCachedResult() {
        List<Issue> first = check(READOUT, "The meeting studied General Secretary Xi Jinping's speech.");
        List<Issue> second = check(READOUT, "The meeting studied General Secretary Xi Jinping's speech.");

        assertThat(second).isSameAs(first);
    }

    private List<Issue> check(String readout, String clean) {
        return Roles.as("translator", Role.TRANSLATOR, () -> checks.check(demoProject, readout, null, clean));
    }
}
