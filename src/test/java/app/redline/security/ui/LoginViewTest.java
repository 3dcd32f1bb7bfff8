package app.redline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

@IntegrationTest
class LoginViewTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void start() {
        ViewTests.start(context, "anonymous");
    }

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void saysWhenSignInIsPausedAfterTooManyFailures() {
        failWith(new LockedException("Too many failed sign-ins. Try again in 15 minutes."));

        LoginView view = _get(LoginView.class);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("Try again in 15 minutes");
    }

    @Test
    void wrongPasswordGetsTheUsualMessage() {
        failWith(new BadCredentialsException("Bad credentials"));

        LoginView view = _get(LoginView.class);
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Incorrect user name or password");
    }

    @Test
    void saysTheDatabaseIsUnavailableInsteadOfBlamingThePassword() {
        failWith(new InternalAuthenticationServiceException("lookup failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"))));

        LoginView view = _get(LoginView.class);
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Database unavailable");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("database is unavailable right now");
    }

    private static void failWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}
