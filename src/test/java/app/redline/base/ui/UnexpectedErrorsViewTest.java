package app.redline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.base.UserMessageException;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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

/**
 * What a user sees of a failure nobody expected: a sentence and a reference, never the exception; the log has both.
 * A refusal, written for the user, shows its own sentence.
 */
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

    @Test
    void jdkExceptionInAScreenActionShowsAReferenceNotItsMessage(CapturedOutput log) {
        FormView form = openForm();

        ViewTests.clickAsTheBrowserWould(form.saveWithABug);

        String shown = _get(Notification.class).getElement().getProperty("text");
        assertThat(shown).startsWith("Something went wrong").doesNotContain(SECRET, "No enum constant", "Exception");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(UI.getCurrent().getElement().getText()).doesNotContain(SECRET);
        assertThat(log.getOut() + log.getErr()).containsSubsequence("reference " + reference(shown),
                "IllegalArgumentException: No enum constant");
    }

    @Test
    void refusalInAScreenActionShowsItsSentenceUnderTheField() {
        FormView form = openForm();

        ViewTests.clickAsTheBrowserWould(form.saveRefused);

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo(FormView.SENTENCE);
        assertThat(_find(Notification.class)).isEmpty();
    }

    @Test
    void refusalThatNoScreenCaughtShowsItsSentenceWithoutAReference(CapturedOutput log) {
        var refusal = UserMessageException.invalid(FormView.SENTENCE);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refusal));
        MockVaadin.runUIQueue();

        assertThat(_get(Notification.class).getElement().getProperty("text")).isEqualTo(FormView.SENTENCE);
        assertThat(log.getOut() + log.getErr()).doesNotContain("Unexpected error");
    }

    @Test
    void screenThatCannotOpenForAReasonTheUserCanActOnShowsThatSentence() {
        UI.getCurrent().navigate("review/documents/987654321/audit");

        assertThat(_get(RefusedPageView.class).message.getText()).isEqualTo("There is no document with id 987654321.");
        assertThat(_find(UnexpectedErrorView.class)).isEmpty();
    }

    private static FormView openForm() {
        RouteConfiguration.forSessionScope().setRoute("form-on-purpose", FormView.class);
        UI.getCurrent().navigate("form-on-purpose");
        return _get(FormView.class);
    }

    private static String reference(String shown) {
        Matcher matcher = REFERENCE.matcher(shown);
        assertThat(matcher.find()).as("a reference in \"%s\"", shown).isTrue();
        return matcher.group(1);
    }

    /**
     * A form written as the screens write theirs: it catches refusals, and only refusals, and leaves everything else
     * to the error handler. Registered for these tests only.
     */
    @PermitAll
    public static class FormView extends VerticalLayout {

        static final String SENTENCE = "A project needs a name of 1 to 200 characters.";

        final TextField name = new TextField("Name");
        final Button saveWithABug = new Button("Save", click -> save(() -> Enum.valueOf(Role.class, SECRET)));
        final Button saveRefused = new Button("Save", click -> save(() -> {
            throw UserMessageException.invalid(SENTENCE);
        }));

        public FormView() {
            add(name, saveWithABug, saveRefused);
        }

        private void save(Runnable action) {
            try {
                action.run();
            } catch (UserMessageException refused) {
                Refusals.mark(name, refused);
            }
        }
    }

    /** Registered for this test only, so the application never has a screen that fails on purpose. */
    @PermitAll
    public static class BrokenView extends Div {
        public BrokenView() {
            throw new IllegalStateException("Cannot open: " + SECRET);
        }
    }
}
