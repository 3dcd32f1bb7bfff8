package app.redline.base.ui;

import app.redline.base.database.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Opening a screen while the database is down shows a sentence and a way back instead of Vaadin's error page (which
 * prints the stack trace in development mode). Vaadin picks an error view by the exception's exact class anywhere in
 * the causes, hence one small view per type that a screen meets when no connection can be had.
 */
final class DatabaseUnavailablePage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    private DatabaseUnavailablePage() {}

    static int show(VerticalLayout view, BeforeEnterEvent event, Exception failure) {
        log.warn("The screen '{}' could not be shown because the database is unavailable: {}",
                event.getLocation().getPath(), failure.toString());
        view.removeAll();
        view.add(new H2(DatabaseUnavailable.TITLE),
                new Paragraph("The database is unavailable right now, so this page cannot be shown. "
                        + "Reload it in a moment; nothing you saved before is lost."),
                new Anchor(event.getLocation().getPathWithQueryParameters(), "Reload"));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @AnonymousAllowed
    static class NoTransaction extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> failure) {
            return show(this, event, failure.getException());
        }
    }

    @AnonymousAllowed
    static class NoConnection extends VerticalLayout implements HasErrorParameter<CannotGetJdbcConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotGetJdbcConnectionException> failure) {
            return show(this, event, failure.getException());
        }
    }

    @AnonymousAllowed
    static class ResourceFailure extends VerticalLayout implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> failure) {
            return show(this, event, failure.getException());
        }
    }
}
