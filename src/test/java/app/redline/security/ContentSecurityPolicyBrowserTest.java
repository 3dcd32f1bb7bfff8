package app.redline.security;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens and Swagger UI work in Chromium with the Content-Security-Policy on: pages open, typing and saving
 * reach the server and come back, and the browser reports no violation of the policy.
 */
@BrowserTest
@IntegrationTest
class ContentSecurityPolicyBrowserTest {

    /** Reports every violation to the console, where the test collects it with Chromium's own CSP messages. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));""";

    BrowserSession chromium;

    @LocalServerPort int port;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    final List<String> violations = new CopyOnWriteArrayList<>();

    @AfterEach
    void noViolations() {
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    @Test
    void translatorWorksThroughLoginDocumentsEditorAndGlossary() {
        var project = DocumentFixtures.newProject(projects);
        ImportResult document = DocumentFixtures.importText(importer, project.id(),
                "The meeting also examined other matters.\n\nThe meeting ended.");
        Page page = signIn("translator");

        page.navigate(base() + "/");
        assertThat(page.getByText("Documents").first()).isVisible();
        page.navigate(base() + "/edit/" + document.documentId());
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("The meeting also examined other matters.")).first().click();
        Locator editor = page.locator("vaadin-text-area.segment-editor textarea");
        editor.fill("The meeting also discussed other matters.");
        editor.press("Control+Enter");
        assertThat(page.locator("vaadin-grid-cell-content .status-badge").first()).hasText("Draft");

        page.navigate(base() + "/glossary");
        page.locator("input[placeholder='Search terms']").fill("carbon");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("carbon")).first())
                .isVisible();
    }

    @Test
    void reviewerOpensTheReviewQueue() {
        Page page = signIn("reviewer");

        page.navigate(base() + "/review");
        assertThat(page.getByText("Rejected before")).isVisible();
    }

    @Test
    void swaggerUiShowsTheEndpoints() {
        Page page = watched();

        com.microsoft.playwright.Response answer = page.navigate(base() + "/swagger-ui.html");

        org.assertj.core.api.Assertions.assertThat(answer.headerValue("content-security-policy")).contains("script-src");
        assertThat(page.locator(".opblock-summary-path").first()).isVisible();
    }

    /** Signs in through the real form, with the policy's header checked on the sign-in page itself. */
    private Page signIn(String username) {
        Page page = watched();
        com.microsoft.playwright.Response login = page.navigate(base() + "/login");
        org.assertj.core.api.Assertions.assertThat(login.headerValue("content-security-policy")).contains("script-src");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private Page watched() {
        var context = chromium.newContext();
        context.addInitScript(REPORT_VIOLATIONS);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("CSP violation") || text.contains("Content Security Policy")) {
                violations.add(text + " at " + message.location());
            }
        });
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
