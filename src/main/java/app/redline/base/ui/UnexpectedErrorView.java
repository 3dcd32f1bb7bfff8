package app.redline.base.ui;

import app.redline.base.ErrorReference;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a screen that failed to open. Replaces Vaadin's own error page, which prints the exception's message
 * (and in development its stack trace) to whoever is looking.
 */
@PageTitle("Something went wrong | Redline")
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    final Paragraph message = new Paragraph();

    public UnexpectedErrorView() {
        add(new H2("Something went wrong"), message, new Anchor("", "Back to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        LOG.error("Unexpected error opening '{}', reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        message.setText(UnexpectedErrors.message(reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
