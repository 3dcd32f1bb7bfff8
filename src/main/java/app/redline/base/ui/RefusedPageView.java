package app.redline.base.ui;

import app.redline.base.UserMessageException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A screen that cannot open for a reason the user can act on (a document id that does not exist, say) shows that
 * sentence: a refusal, not a failure, so no reference and no stack trace in the log.
 */
@PageTitle("Not available | Redline")
@AnonymousAllowed
public class RefusedPageView extends VerticalLayout implements HasErrorParameter<UserMessageException> {

    final Paragraph message = new Paragraph();

    public RefusedPageView() {
        add(new H2("This page cannot be shown"), message, new Anchor("", "Back to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UserMessageException> parameter) {
        message.setText(parameter.getException().getMessage());
        return parameter.getException().kind().httpStatus();
    }
}
