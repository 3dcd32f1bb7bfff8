package app.redline.base.database;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.redline.BrowserSession;
import app.redline.BrowserTest;
import app.redline.ChildApplication;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The app on an external PostgreSQL that goes away and comes back on the same address: answers say so within a
 * few seconds (503 problem details, for bearer tokens and HTTP Basic alike), the editor keeps the typed text, and
 * everything works again once the server is back, without restarting the app.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final Duration FAST = Duration.ofSeconds(8);

    @TempDir static Path home;
    private int databasePort;
    private EmbeddedPostgres database;
    private ChildApplication app;
    private RestCalls rest;
    private String token;
    BrowserSession chromium;

    @BeforeAll
    void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        startDatabase();
        app = ChildApplication.start(getClass().getSimpleName(), home, Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", ""));
        rest = new RestCalls(app.baseUrl());
        token = rest.tokenFor("translator");
    }

    @AfterAll
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void apiCallsAnswer503WithinSecondsWhileTheDatabaseIsDownAndSucceedAgainOnceItIsBack() throws IOException {
        stopDatabase();

        RestCalls.Answer withToken = rest.get("/api/v1/documents/1/segments", token);
        RestCalls.Answer withPassword = rest.token("translator", "demo");
        RestCalls.Answer save = rest.put("/api/v1/segments/1", token, Map.of("cleanText", "Not saved.", "expectedVersion", 0));

        for (RestCalls.Answer answer : new RestCalls.Answer[] {withToken, withPassword, save}) {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(503);
            assertThat(answer.body().get("title").asString()).isEqualTo("Database unavailable");
            assertThat(answer.body().get("detail").asString()).contains("The database is unavailable right now");
            assertThat(answer.retryAfter()).contains("5");
            assertThat(answer.took()).isLessThan(FAST);
        }

        startDatabase();
        await().atMost(Duration.ofSeconds(60)).until(() -> rest.get("/api/v1/documents/1/segments", token).status() == 200);
        assertThat(rest.token("translator", "demo").status()).isEqualTo(201);
    }

    @Test
    void theEditorKeepsTheTypedTextSaysTheDatabaseIsUnavailableAndSavesOnceItIsBack() throws IOException {
        JsonNode segment = firstTranslatableSegment();
        Page page = chromium.signIn(app.baseUrl(), "translator");
        page.navigate(app.baseUrl() + "/edit/1");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(segment.get("readout").asString())).first().click();
        Locator editor = page.locator("vaadin-text-area.segment-editor textarea");
        assertThat(editor).isVisible();
        String typed = "Typed while the database was away, kept until it came back.";
        editor.fill(typed);

        stopDatabase();
        editor.press("Control+Enter");

        assertThat(page.getByText(DatabaseUnavailable.SAVE_NOTICE)).isVisible();
        assertThat(editor).hasValue(typed);
        assertThat(page.getByText("Exception")).hasCount(0);
        assertThat(page.getByText(DatabaseUnavailable.NOTICE)).hasCount(0); // the save's own notice, not a second one
        BrowserSession.screenshot(page, "database-unavailable-save");
        Page another = page.context().newPage();
        another.navigate(app.baseUrl() + "/edit/2");
        assertThat(another.getByText("this page cannot be shown")).isVisible();
        assertThat(another.getByText("Exception")).hasCount(0);
        BrowserSession.screenshot(another, "database-unavailable-page");
        another.close();

        startDatabase();
        await().atMost(Duration.ofSeconds(60)).until(() -> rest.get("/api/v1/documents/1/segments", token).status() == 200);
        editor.press("Control+Enter");
        await().atMost(Duration.ofSeconds(30)).until(() -> typed.equals(
                rest.get("/api/v1/segments/" + segment.get("id").asLong(), token).body().get("cleanText").asString()));
    }

    private JsonNode firstTranslatableSegment() {
        for (JsonNode item : rest.get("/api/v1/documents/1/segments?size=100", token).body().get("items")) {
            if (item.get("translatable").asBoolean() && item.get("readout").asString().length() > 20) {
                return item;
            }
        }
        throw new AssertionError("The demo document has no translatable segment");
    }

    private void startDatabase() throws IOException {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(home.resolve("external-postgres"))
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private void stopDatabase() throws IOException {
        database.close();
        database = null;
    }
}
