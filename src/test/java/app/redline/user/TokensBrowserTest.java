package app.redline.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.IntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser's password sign-in is what lets the Tokens view make a token (a bearer token could not). */
@BrowserTest
@IntegrationTest
class TokensBrowserTest {

    BrowserSession chromium;

    @LocalServerPort int port;

    @Test
    void aSignedInUserCreatesATokenAndSeesWhenItExpires() {
        Page page = chromium.signIn("http://localhost:" + port, "translator2");
        page.navigate("http://localhost:" + port + "/tokens");
        page.locator("input[placeholder^='What the token is for']").fill("browser-made token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("It expires on " + LocalDate.now().plusDays(90));
        assertThat(page.getByRole(AriaRole.DIALOG).locator("input")).hasValue(java.util.regex.Pattern.compile("^rl_.+"));
        BrowserSession.screenshot(page, "token-created");
    }
}
