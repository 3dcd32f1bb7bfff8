package app.redline.document;

import app.redline.base.UserMessageException;

public class DocumentNotFoundException extends UserMessageException {

    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(String what, long id) {
        super(Kind.NOT_FOUND, "There is no " + what + " with id " + id + ".");
    }
}
