package app.redline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.project.ProjectService;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserServiceTest {

    @Autowired UserService users;
    @Autowired ProjectService projects;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired UserBootstrap bootstrap;

    @Test
    void administratorCreatesUsersWithHashedPasswordsAndRoles() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary created = Roles.as("admin", Role.ADMIN, () -> users.create(name.toUpperCase(), "New Person",
                "long enough", EnumSet.of(Role.TRANSLATOR, Role.REVIEWER)));

        assertThat(created.username()).isEqualTo(name);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.TRANSLATOR, Role.REVIEWER);
        String hash = accounts.findByUsername(name).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("long enough");
        assertThat(passwordEncoder.matches("long enough", hash)).isTrue();
    }

    @Test
    void refusesWeakPasswordsAndTakenNames() {
        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN,
                () -> users.create("shorty", "", "short", EnumSet.of(Role.TRANSLATOR))))
                .hasMessageContaining("at least 8");
        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN,
                () -> users.create("translator", "", "long enough", EnumSet.of(Role.TRANSLATOR))))
                .hasMessageContaining("taken");
    }

    @Test
    void onlyAdministratorsManageUsersAndProjects() {
        for (Role role : new Role[] {Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER}) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> users.list()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> Roles.as("someone", role,
                    () -> projects.create("P " + UUID.randomUUID(), "zh-CN", "en-US", false)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(Roles.as("admin", Role.ADMIN, () -> users.list())).isNotEmpty();
    }

    @Test
    void nobodyGetsTheDemoPasswordWhicheverWayTheirsIsSet() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        for (String demo : new String[] {"demo", " Demo "}) {
            assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN,
                    () -> users.create(name, "", demo, EnumSet.of(Role.TRANSLATOR))))
                    .hasMessageContaining("the demo accounts' password");
        }
        UserSummary created = Roles.as("admin", Role.ADMIN,
                () -> users.create(name, "", "long enough", EnumSet.of(Role.TRANSLATOR)));
        assertThatThrownBy(() -> Roles.as("admin", Role.ADMIN, () -> users.resetPassword(created.id(), "demo")))
                .hasMessageContaining("the demo accounts' password");
        assertThatThrownBy(() -> bootstrap.createIfAbsent(name + "-2", "", "demo", EnumSet.of(Role.ADMIN)))
                .hasMessageContaining("the demo accounts' password");
        assertThat(passwordEncoder.matches("long enough", accounts.findByUsername(name).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aDemoAccountIsNamedUntilItGetsANewPasswordOrIsDisabled() {
        String first = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        String second = first + "-2";
        bootstrap.createDemoAccountIfAbsent(first, "Demo One", EnumSet.of(Role.TRANSLATOR));
        bootstrap.createDemoAccountIfAbsent(second, "Demo Two", EnumSet.of(Role.REVIEWER));
        assertThat(bootstrap.enabledWithDemoPassword()).contains(first, second);
        assertThat(passwordEncoder.matches(UserBootstrap.DEMO_PASSWORD,
                accounts.findByUsername(first).orElseThrow().passwordHash())).isTrue();

        Roles.as("admin", Role.ADMIN, () -> users.resetPassword(idOf(first), "a new long password"));
        Roles.as("admin", Role.ADMIN, () -> users.setEnabled(idOf(second), false));

        assertThat(bootstrap.enabledWithDemoPassword()).doesNotContain(first, second);
    }

    @Test
    void onTheProductionProfileADemoAccountIsEnabledOnlyWithANewPassword() {
        String name = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        bootstrap.createDemoAccountIfAbsent(name, "Demo", EnumSet.of(Role.TRANSLATOR));
        Roles.as("admin", Role.ADMIN, () -> users.setEnabled(idOf(name), false));
        var productionEnvironment = new MockEnvironment();
        productionEnvironment.setActiveProfiles("production");
        var production = new UserService(accounts, passwordEncoder, productionEnvironment);

        assertThatThrownBy(() -> production.setEnabled(idOf(name), true))
                .hasMessageContaining("Set a new password for " + name + " first");
        assertThat(Roles.as("admin", Role.ADMIN, () -> users.setEnabled(idOf(name), true)).enabled())
                .as("a local trial may").isTrue();
        Roles.as("admin", Role.ADMIN, () -> users.setEnabled(idOf(name), false));
    }

    private long idOf(String username) {
        return accounts.findByUsername(username).orElseThrow().summary().id();
    }
}
