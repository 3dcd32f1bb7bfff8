package app.redline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class UsersViewTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void administratorSeesAllUsers() {
        ViewTests.start(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/users");

        UsersView view = _get(UsersView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyOtherRoleIsKeptOut() {
        for (Role role : new Role[] {Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER}) {
            ViewTests.start(context, "someone", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users"))
                    .hasMessageContaining("Access is denied");
            _assertNone(UsersView.class);
            ViewTests.stop();
        }
    }
}
