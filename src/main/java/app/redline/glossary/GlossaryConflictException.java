package app.redline.glossary;

import app.redline.base.UserMessageException;

/** The concept was changed or deleted by someone else since it was read; nothing was written. */
public class GlossaryConflictException extends UserMessageException {

    public GlossaryConflictException(String message) {
        super(Kind.CONFLICT, message);
    }
}
