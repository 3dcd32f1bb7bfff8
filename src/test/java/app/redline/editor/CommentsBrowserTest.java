package app.redline.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.IntegrationTest;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.project.ProjectService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people on the same document, each in their own browser session: what one does reaches the other by push. */
@BrowserTest
@IntegrationTest
class CommentsBrowserTest {

    private static final String FIRST = "The meeting was held in Changchun on Monday morning.";
    private static final String SECOND = "The meeting also examined other matters.";

    BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void aMentionAndASaveReachTheOtherOpenEditorWithoutAReloadAndTheMentionIsInTheInbox() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                FIRST + "\n\n" + SECOND);
        Page translator = open("translator", document, FIRST);
        Page reviewer = open("reviewer", document, FIRST);
        assertThat(reviewer.locator(".thread-panel")).containsText("No comments yet.");

        Locator reply = translator.locator(".thread-panel vaadin-text-area textarea");
        reply.fill("@reviewer is “held in Changchun” right here?");
        reply.press("Control+Enter");
        assertThat(translator.locator(".thread-entry.comment")).containsText("is “held in Changchun” right here?");
        assertThat(reply).hasValue("");

        Locator pushed = reviewer.locator(".thread-entry.comment");
        assertThat(pushed).containsText("@reviewer is “held in Changchun” right here?");
        assertThat(pushed).containsText("mentions reviewer");
        assertThat(reviewer.locator("vaadin-notification-card")).containsText("translator mentioned you on segment 1.");
        BrowserSession.screenshot(reviewer, "comment-pushed");

        cell(translator, SECOND).click();
        Locator field = translator.locator("vaadin-text-area.segment-editor textarea");
        assertThat(field).hasValue(SECOND); // the field has moved to the second row
        field.fill("The meeting also discussed other matters.");
        field.press("Control+Enter");
        assertThat(cell(reviewer, "The meeting also discussed other matters.")).isVisible();

        reviewer.navigate("http://localhost:" + port + "/inbox");
        Locator link = reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIRST + " #1")).first();
        assertThat(link).isVisible();
        link.click();
        reviewer.waitForURL(url -> url.contains("/edit/" + document.documentId() + "?segment="));
        assertThat(reviewer.locator(".thread-entry.comment")).containsText("right here?");
    }

    private Page open(String user, ImportResult document, String segmentText) {
        Page page = chromium.signIn("http://localhost:" + port, user);
        page.navigate("http://localhost:" + port + "/edit/" + document.documentId());
        cell(page, segmentText).click();
        assertThat(page.locator("vaadin-text-area.segment-editor textarea")).hasValue(segmentText);
        return page;
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
