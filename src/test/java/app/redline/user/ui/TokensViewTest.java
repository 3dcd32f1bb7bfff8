package app.redline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TokensViewTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void everyRoleCreatesATokenThatExpiresIn90DaysByDefaultAndSeesTheDateWithTheSecret() {
        String in90Days = LocalDate.now().plusDays(90).toString();
        Map<String, Role> users = Map.of("translator", Role.TRANSLATOR, "reviewer", Role.REVIEWER,
                "glossary", Role.GLOSSARY_MANAGER, "admin", Role.ADMIN);
        users.forEach((user, role) -> {
            TokensView view = open(user, role);
            assertThat(view.lifetime.getValue()).isEqualTo(TokensView.DEFAULT_LIFETIME);
            String name = "script " + UUID.randomUUID();

            view.name.setValue(name);
            view.create.click();

            assertThat(view.secret.getValue()).as(user).startsWith("rl_");
            assertThat(view.expiry.getText()).startsWith("It expires on " + in90Days);
            assertThat(expiresCell(view, name)).startsWith(in90Days);
            ViewTests.stop();
        });
    }

    @Test
    void aTokenWithoutExpiryAndAnExpiredTokenAreListedAsSuch() {
        TokensView view = open("reviewer2", Role.REVIEWER);
        String forEver = "for ever " + UUID.randomUUID();
        String stale = "stale " + UUID.randomUUID();
        view.lifetime.setValue(TokensView.NO_EXPIRY);
        view.name.setValue(forEver);
        view.create.click();
        assertThat(view.expiry.getText()).contains("never expires");
        view.lifetime.setValue(TokensView.DEFAULT_LIFETIME);
        view.name.setValue(stale);
        view.create.click();
        jdbc.update("update api_token set expires_at = timestamptz '2026-01-15 12:00:00+00' where name = ?", stale);

        view = open("reviewer2", Role.REVIEWER);

        assertThat(expiresCell(view, forEver)).isEqualTo("never");
        assertThat(expiresCell(view, stale)).startsWith("expired 2026-01-15");
        assertThat(((Paragraph) GridKt._getCellComponent(view.grid, rowOf(view, stale), "state")).getText()).isEqualTo("expired");
    }

    private TokensView open(String user, Role role) {
        ViewTests.stop();
        ViewTests.start(context, user, role);
        UI.getCurrent().navigate("tokens");
        return _get(TokensView.class);
    }

    private static String expiresCell(TokensView view, String name) {
        return GridKt._getFormattedRow(view.grid, rowOf(view, name)).get(4); // Name, Starts with, Created, Last used, Expires
    }

    private static int rowOf(TokensView view, String name) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No token named " + name);
    }
}
