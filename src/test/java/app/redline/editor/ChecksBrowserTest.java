package app.redline.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.redline.BrowserSession;
import app.redline.IntegrationTest;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.Roles;
import app.redline.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Checks as a translator meets them: issues beside the open segment, a fix one click away. */
@IntegrationTest
class ChecksBrowserTest {

    static BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @BeforeAll
    static void launch() {
        chromium = new BrowserSession();
    }

    @AfterAll
    static void shutDown() {
        chromium.close();
    }

    @Test
    void issuesAreUnderlinedInTheTextWhereTheyAre() {
        Page page = openSegment(
                "Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS video conference.");

        Locator forbidden = page.locator("redline-issue-marks mark.severity-ERROR")
                .filter(new Locator.FilterOptions().setHasText("world economic BBS"));
        assertThat(forbidden).isVisible();
        assertThat(page.locator("redline-issue-marks mark").filter(new Locator.FilterOptions().setHasText("xi jinping")))
                .isVisible();
        Locator textarea = page.locator("vaadin-text-area.segment-editor textarea");
        var box = textarea.boundingBox();
        var mark = forbidden.boundingBox();
        assertTrue(mark.x >= box.x && mark.x + mark.width <= box.x + box.width + 1
                && mark.y >= box.y && mark.y + mark.height <= box.y + box.height + 1, "the mark lies over the text");
        BrowserSession.screenshot(page, "inline-marks");

        // Typing before a mark moves it along; the next check then replaces all marks.
        textarea.press("Control+Home");
        textarea.pressSequentially("Today: ");
        assertThat(forbidden).isVisible();
        assertThat(page.locator("redline-issue-marks .marks-mirror")).hasText(
                "Today: Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS video conference.\u200b");
    }

    @Test
    void quickFixReplacesWorldEconomicBbsAndSavesARevision() {
        Page page = openSegment("The meeting studied the speech at the 2022 world economic BBS video conference.");

        Locator fix = page.locator(".check-fix").filter(new Locator.FilterOptions().setHasText("World Economic Forum")).first();
        assertThat(fix).isVisible();
        fix.click();

        assertThat(page.locator("vaadin-text-area.segment-editor textarea"))
                .hasValue("The meeting studied the speech at the 2022 World Economic Forum video conference.");
        assertThat(page.locator(".status-badge.DRAFT").first()).isVisible();
        BrowserSession.screenshot(page, "checks-panel");
    }

    /** A translator with the text, imported into the demo project, open in the editor. */
    private Page openSegment(String text) {
        ImportResult document = DocumentFixtures.importText(importer, demoProject().id(), text);
        Page page = chromium.signIn("http://localhost:" + port, "translator");
        page.navigate("http://localhost:" + port + "/edit/" + document.documentId());
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        return page;
    }

    private ProjectInfo demoProject() {
        return Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).findFirst().orElseThrow();
    }
}
