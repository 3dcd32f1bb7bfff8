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
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserServiceTest {

    @Autowired UserService users;
    @Autowired ProjectService projects;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

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
}
