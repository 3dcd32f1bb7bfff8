package app.redline.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.IntegrationTest;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review round trip as the people in it walk it, each in their own browser session. */
@BrowserTest
@IntegrationTest
class ReviewBrowserTest {

    private static final String READOUT = "The meeting was held in Changchun on Monday morning.";

    BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void translatorSubmitsReviewerRejectsTranslatorFixesAnotherReviewerApprovesAndSignsOff() throws Exception {
        ProjectInfo project = DocumentFixtures.newProject(projects);
        ImportResult document = DocumentFixtures.importText(importer, project.id(), READOUT);

        Page translator = open("translator", document, READOUT);
        translator.locator("vaadin-text-area.segment-editor textarea").press("Control+Shift+Enter");
        assertThat(status(translator)).hasText("Submitted");

        Page reviewer = open("reviewer", document, READOUT);
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject…")).click();
        Locator dialog = reviewer.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill("Say which meeting: the standing committee.");
        dialog.locator("textarea").press("Tab"); // Vaadin hears the value on change
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject").setExact(true)).click();
        assertThat(status(reviewer)).hasText("Rejected");

        translator.reload();
        translator.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(READOUT)).first().click();
        assertThat(translator.locator(".review-note")).hasText("Rejected by reviewer: Say which meeting: the standing committee.");
        BrowserSession.screenshot(translator, "review-rejected");
        Locator field = translator.locator("vaadin-text-area.segment-editor textarea");
        field.fill("The standing committee met in Changchun on Monday morning.");
        field.press("Control+Shift+Enter");
        assertThat(status(translator)).hasText("Submitted");

        Page secondReviewer = chromium.signIn("http://localhost:" + port, "reviewer2");
        secondReviewer.navigate("http://localhost:" + port + "/review");
        secondReviewer.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("The standing committee met")).first().click();
        // The queue shows the segment's detail beside the list; the editor is one click further.
        secondReviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open in editor")).click();
        assertThat(secondReviewer.locator("vaadin-text-area.segment-editor textarea"))
                .hasValue("The standing committee met in Changchun on Monday morning.");
        secondReviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(status(secondReviewer)).hasText("Approved");

        secondReviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("History")).click();
        Locator history = secondReviewer.getByRole(AriaRole.DIALOG);
        assertThat(history.locator(".review-event.REJECT")).containsText("Rejected by reviewer");
        assertThat(history.locator(".review-event.APPROVE")).containsText("Approved by reviewer2");
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        secondReviewer.navigate("http://localhost:" + port + "/review/documents");
        Locator projectChoice = secondReviewer.locator("vaadin-combo-box input");
        projectChoice.fill(project.name());
        secondReviewer.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(project.name())).click();
        assertThat(secondReviewer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(READOUT)))
                .isVisible();
        secondReviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off").setExact(true)).click();
        assertThat(secondReviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signed off"))).isVisible();
        Download text = secondReviewer.waitForDownload(() -> secondReviewer.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Text").setExact(true)).click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(text.path()))
                .isEqualTo("The standing committee met in Changchun on Monday morning.\n");
    }

    private Page open(String user, ImportResult document, String segmentText) {
        Page page = chromium.signIn("http://localhost:" + port, user);
        page.navigate("http://localhost:" + port + "/edit/" + document.documentId());
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(segmentText)).first().click();
        return page;
    }

    private static Locator status(Page page) {
        return page.locator("vaadin-grid-cell-content .status-badge").first();
    }
}
