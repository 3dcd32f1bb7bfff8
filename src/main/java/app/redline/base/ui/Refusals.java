package app.redline.base.ui;

import app.redline.base.UserMessageException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How a screen shows a refusal: the sentence of a {@link UserMessageException}, the only exception text a screen may
 * show. A screen catches that type and nothing broader; anything else goes on to {@link UnexpectedErrorHandler},
 * which shows a sentence with a reference instead of the exception.
 */
public final class Refusals {

    private Refusals() {}

    /** The sentence in a notice in the middle of the screen, e.g. for an action started from a grid row. */
    public static Notification show(UserMessageException refused) {
        return show(refused.getMessage());
    }

    /** A sentence the screen wrote itself (or took from another refusal), shown as a refusal is. */
    public static Notification show(String sentence) {
        Notification notice = Notification.show(sentence, 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.addClassName("refusal");
        return notice;
    }

    /** The sentence under the field the refusal is about, which is marked invalid until the next attempt. */
    public static void mark(HasValidation field, UserMessageException refused) {
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
    }
}
