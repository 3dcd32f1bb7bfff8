package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class CheckSettingsServiceTest {

    @Autowired CheckSettingsService settings;
    @Autowired CheckService checks;
    @Autowired ProjectService projects;

    @Test
    void aProjectSwitchesOffChecksRulesAndLanguageToolCategories() {
        long project = DocumentFixtures.newProject(projects).id();
        String readout = "The meeting was held.";
        String clean = "the  meeting was held.";
        List<Issue> before = Roles.as("translator", Role.TRANSLATOR, () -> checks.check(project, readout, null, clean));
        assertThat(before).anySatisfy(issue -> assertThat(issue.start()).isEqualTo(3)); // the double space
        assertThat(before).anySatisfy(issue -> assertThat(issue.ruleId()).startsWith("CASING/"));

        Roles.as("admin", Role.ADMIN, () -> settings.save(project, List.of("spacing", "CASING", "TYPOGRAPHY", "WHITESPACE_RULE")));
        List<Issue> after = Roles.as("translator", Role.TRANSLATOR, () -> checks.check(project, readout, null, clean));

        assertThat(after).extracting(Issue::checkId).doesNotContain("spacing");
        assertThat(after).noneSatisfy(issue -> assertThat(issue.start()).isEqualTo(3));
        assertThat(after).noneSatisfy(issue -> assertThat(issue.ruleId()).startsWith("CASING/"));
    }

    @Test
    void onlyAdministratorsChangeSettingsAndIdsAreValidated() {
        long project = DocumentFixtures.newProject(projects).id();
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> settings.save(project, List.of("spacing"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN, () -> settings.save(project, List.of("<script>"))))
                .isInstanceOf(UserMessageException.class);
    }
}
