package app.redline.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer marks the words they select as an error, and the document's quality view counts it. */
@BrowserTest
@IntegrationTest
class QualityBrowserTest {

    BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired AnnotationService annotations;

    @Test
    void reviewerMarksTheSelectedWordsAndTheQualityViewCountsTheError() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.").documentId();
        SegmentSnapshot imported = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(imported.id(), "The meeting reviewed the plan for the year.", imported.version()));

        Page page = chromium.signIn("http://localhost:" + port, "reviewer");
        page.navigate("http://localhost:" + port + "/edit/" + documentId);
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("plan for the year")).first().click();
        Locator editor = page.locator("vaadin-text-area.segment-editor textarea");
        assertThat(editor).isVisible();
        editor.evaluate("(area, phrase) => { const at = area.value.indexOf(phrase); area.setSelectionRange(at, at + phrase.length); }",
                "plan for the year");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark error…")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("“plan for the year”")).isVisible();
        dialog.getByText("Accuracy", new Locator.GetByTextOptions().setExact(true)).click();
        dialog.getByText("Major", new Locator.GetByTextOptions().setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark error").setExact(true)).click();
        assertThat(dialog).isHidden();
        assertThat(page.locator(".quality-annotation")).containsText("Major · Accuracy");

        Annotation marked = Roles.as("reviewer", Role.REVIEWER, () -> annotations.forSegment(imported.id())).getFirst();
        org.assertj.core.api.Assertions.assertThat(marked).extracting(Annotation::start, Annotation::end,
                Annotation::revisionNo, Annotation::category, Annotation::severity)
                .containsExactly(25, 42, 2, ErrorCategory.ACCURACY, ErrorSeverity.MAJOR);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality").setExact(true)).click();
        assertThat(page.locator(".quality-verdict")).hasText("Fail");
        assertThat(page.getByText("plan for the year").first()).isVisible();
    }
}
