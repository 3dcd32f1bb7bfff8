package app.redline.base;

/** Text that cannot be stored exactly (see {@link StorableText}): the request is wrong, so it is a 400 / a message. */
public class UnstorableTextException extends UserMessageException {

    private static final long serialVersionUID = 1L;

    public UnstorableTextException(String message) {
        super(Kind.INVALID, message);
    }
}
