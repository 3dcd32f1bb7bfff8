package app.redline.glossary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@IntegrationTest
class GlossaryBrowserTest {

    BrowserSession chromium;

    @LocalServerPort int port;

    @Test
    void glossaryManagerAddsAForbiddenVariantAndSeesIt() {
        Page page = chromium.signIn("http://localhost:" + port, "glossary");
        page.navigate("http://localhost:" + port + "/glossary");
        page.locator("input[placeholder='Search terms']").fill("double carbon");
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("dual carbon")).first();
        row.click();

        Locator termRows = page.locator(".term-row");
        assertThat(termRows.first()).isVisible();
        int before = termRows.count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add term")).click();
        assertThat(termRows).hasCount(before + 1); // the new row arrives with the server's answer
        Locator newTerm = page.locator(".term-row").last()
                .getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Term").setExact(true));
        newTerm.fill("double-carbon");
        newTerm.press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).isHidden();

        page.locator("input[placeholder='Search terms']").fill("double-carbon");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("double-carbon")))
                .not().hasCount(0);
    }
}
