package app.redline.checks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.checks.CheckSettingsService;
import app.redline.user.Role;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CheckSettingsViewTest {

    @Autowired ApplicationContext context;
    @Autowired CheckSettingsService settings;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void administratorSwitchesOffACheckAndARule() {
        ViewTests.start(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/checks");
        CheckSettingsView view = _get(CheckSettingsView.class);

        view.checks.setValue(Set.of("unchanged"));
        view.categories.setValue(Set.of("STYLE"));
        view.rules.setValue("EN_QUOTES\n");
        view.save();

        long project = view.project.getValue().id();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> settings.forProject(project)).disabled())
                .containsExactlyInAnyOrder("unchanged", "STYLE", "EN_QUOTES");
        Roles.as("admin", Role.ADMIN, () -> settings.save(project, Set.of()));
    }

    @Test
    void translatorsAreKeptOut() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/checks")).hasMessageContaining("Access is denied");
    }
}
