package app.redline.editor;

import app.redline.Samples;
import com.microsoft.playwright.options.FilePayload;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.glossary.ProposalData;
import app.redline.glossary.TermProposalService;
import app.redline.user.Role;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.project.ProjectService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The paths translators walk, in a real Chromium. */
@IntegrationTest
class EditorBrowserTest {

    static BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired TermProposalService proposals;

    @BeforeAll
    static void launch() {
        chromium = new BrowserSession();
    }

    @AfterAll
    static void shutDown() {
        chromium.close();
    }

    @Test
    void translatorImportsEditsSavesWithCtrlEnterAndSeesTheRevisionInHistory() {
        Page page = chromium.signIn(base(), "translator");

        page.navigate(base() + "/");
        page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Upload File"))).click())
                .setFiles(new FilePayload(Samples.FUXIN, "text/plain", Samples.bytes(Samples.FUXIN)));
        assertThat(page.getByText("Imported \"fuxin-government-meeting.mt\"")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("fuxin-government-meeting.mt")).first().click();
        page.locator("input[placeholder='Find in document']").fill("discussed other matters");
        Locator readout = cell(page, "The executive meeting also studied and discussed other matters.");
        readout.click();
        Locator editor = page.locator("vaadin-text-area.segment-editor textarea");
        assertThat(editor).hasValue("The executive meeting also studied and discussed other matters.");
        editor.fill("The executive meeting also discussed other matters.");
        editor.press("Control+Enter");

        // The only match of the search: Ctrl+Enter saves and stays on it.
        assertThat(page.locator("vaadin-grid-cell-content .status-badge").first()).hasText("Draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("History")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Revision 2 · translator")).isVisible();
        assertThat(dialog.locator(".diff-delete").first()).hasText("studied and ");
    }

    @Test
    void secondUserSavingTheSameSegmentSeesBothVersionsSideBySide() {
        var project = DocumentFixtures.newProject(projects);
        ImportResult document = DocumentFixtures.importText(importer, project.id(),
                "Meeting communicate learning xi jinping.\n\nThe meeting also examined other matters.");
        Page first = chromium.signIn(base(), "translator");
        Page second = chromium.signIn(base(), "translator2");
        for (Page page : new Page[] {first, second}) {
            page.navigate(base() + "/edit/" + document.documentId());
            cell(page, "Meeting communicate learning xi jinping.").click();
            assertThat(page.locator("vaadin-text-area.segment-editor textarea")).isVisible();
        }

        Locator firstEditor = first.locator("vaadin-text-area.segment-editor textarea");
        firstEditor.fill("The meeting studied Xi Jinping's speech.");
        firstEditor.press("Control+Enter");
        assertThat(cell(first, "The meeting studied Xi Jinping's speech.")).isVisible();

        Locator secondEditor = second.locator("vaadin-text-area.segment-editor textarea");
        secondEditor.fill("The meeting conveyed General Secretary Xi Jinping's speech.");
        secondEditor.press("Control+Enter");

        Locator conflict = second.getByRole(AriaRole.DIALOG);
        assertThat(conflict.getByText("was changed by someone else")).isVisible();
        assertThat(conflict.getByLabel("Your version (not saved)")).hasValue("The meeting conveyed General Secretary Xi Jinping's speech.");
        assertThat(conflict.getByLabel("Saved by translator", new Locator.GetByLabelOptions().setExact(false)))
                .hasValue("The meeting studied Xi Jinping's speech.");

        conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save merged")).click();
        assertThat(conflict).isHidden();
        assertThat(secondEditor).hasValue("The meeting conveyed General Secretary Xi Jinping's speech.");
        assertThat(second.locator("vaadin-grid-cell-content .status-badge").first()).hasText("Draft");
        org.assertj.core.api.Assertions.assertThat(Roles.as("translator", Role.TRANSLATOR,
                () -> segments.history(segmentId(document.documentId())))).hasSize(3);
    }

    @Test
    void translatorProposesAPhraseSelectedInTheCleanVersion() {
        var project = DocumentFixtures.newProject(projects);
        String phrase = "special teams " + project.id();
        ImportResult document = DocumentFixtures.importText(importer, project.id(),
                "We should strengthen the promotion of " + phrase + ".");
        Page page = chromium.signIn(base(), "translator");
        page.navigate(base() + "/edit/" + document.documentId());
        cell(page, "We should strengthen").click();
        Locator editor = page.locator("vaadin-text-area.segment-editor textarea");
        assertThat(editor).isVisible();
        editor.evaluate("(area, phrase) => { const at = area.value.indexOf(phrase); area.setSelectionRange(at, at + phrase.length); }",
                phrase);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose term")).click();
        Locator proposed = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Proposed term"));
        assertThat(proposed).hasValue(phrase);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose").setExact(true)).click();
        assertThat(proposed).isHidden();

        org.assertj.core.api.Assertions.assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> proposals.pending()))
                .extracting(ProposalData::targetTerm).contains(phrase);
    }

    private long segmentId(long documentId) {
        return Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1).getFirst().id());
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
