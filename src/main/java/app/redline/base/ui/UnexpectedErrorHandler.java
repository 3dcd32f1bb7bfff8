package app.redline.base.ui;

import app.redline.base.ErrorReference;
import app.redline.base.UserMessageException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception no screen caught (in a click, a save, a push update) is logged with a reference, and the user sees
 * only a sentence with that reference: never the exception's message, class or stack trace. A refusal that no screen
 * caught ({@link UserMessageException}) shows its own sentence, which was written for the user.
 */
class UnexpectedErrorHandler extends DefaultErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = findRelevantThrowable(event.getThrowable());
        if (!shouldHandle(failure)) {
            return; // a browser that went away mid-answer: nobody to tell, nothing broken
        }
        String sentence;
        if (failure instanceof UserMessageException refused) {
            LOG.debug("A refusal reached the error handler: {}", refused.toString());
            sentence = refused.getMessage();
        } else {
            String reference = ErrorReference.next();
            LOG.error("Unexpected error in the UI, reference {}", reference, failure);
            sentence = UnexpectedErrors.message(reference);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(sentence, 10_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
