package app.redline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** What a user sees of a failure nobody expected: a sentence and a reference, never the exception; the log has both. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsViewTest {

    private static final String SECRET = "secret-password-hunter2";
    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9A-Z]{10})");

    @Autowired ApplicationContext context;

    @BeforeEach
    void signIn() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
    }

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void uncaughtErrorInTheUiShowsAReferenceTheLogAlsoHas(CapturedOutput log) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("Broken: " + SECRET)));
        MockVaadin.runUIQueue();

        String shown = _get(Notification.class).getElement().getProperty("text");
        assertThat(shown).startsWith("Something went wrong").doesNotContain(SECRET, "IllegalStateException");
        assertThat(log.getOut() + log.getErr()).containsSubsequence("reference " + reference(shown),
                "IllegalStateException: Broken: " + SECRET);
    }

    @Test
    void screenThatFailsToOpenShowsAReferenceInsteadOfTheException(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("broken-on-purpose", BrokenView.class);

        UI.getCurrent().navigate("broken-on-purpose");

        String shown = _get(UnexpectedErrorView.class).message.getText();
        assertThat(shown).startsWith("Something went wrong").doesNotContain(SECRET);
        assertThat(UI.getCurrent().getElement().getText()).doesNotContain(SECRET);
        assertThat(log.getOut() + log.getErr()).containsSubsequence("reference " + reference(shown),
                "IllegalStateException: Cannot open: " + SECRET);
    }

    private static String reference(String shown) {
        Matcher matcher = REFERENCE.matcher(shown);
        assertThat(matcher.find()).as("a reference in \"%s\"", shown).isTrue();
        return matcher.group(1);
    }

    /** Registered for this test only, so the application never has a screen that fails on purpose. */
    @PermitAll
    public static class BrokenView extends Div {
        public BrokenView() {
            throw new IllegalStateException("Cannot open: " + SECRET);
        }
    }
}
