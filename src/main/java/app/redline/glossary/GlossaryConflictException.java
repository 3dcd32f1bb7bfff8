package app.redline.glossary;

/** The concept was changed or deleted by someone else since it was read; nothing was written. */
public class GlossaryConflictException extends RuntimeException {

    public GlossaryConflictException(String message) {
        super(message);
    }
}
