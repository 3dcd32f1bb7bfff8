package app.redline.base.ui;

import app.redline.base.ErrorReference;
import app.redline.base.UserMessageException;
import app.redline.base.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one sentence a user sees for a failure nobody expected: what happened, what to do, and the reference. */
public final class UnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {}

    static String message(String reference) {
        return "Something went wrong and it was not completed. Try again; if it happens again, "
                + "tell your administrator the reference " + reference + ".";
    }

    /**
     * For work a screen runs on another thread, whose failures Vaadin's error handler never sees: the sentence to
     * show for the failure. A refusal's own sentence; the database notice when it is down; else a new reference,
     * logged with the stack trace under {@code what} (e.g. "QA report of document 12"), never the exception's text.
     */
    public static String sentenceFor(String what, Throwable failure) {
        if (failure instanceof UserMessageException refused) {
            return refused.getMessage();
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            LOG.warn("{} failed because the database is unavailable: {}", what, failure.toString());
            return DatabaseUnavailable.NOTICE;
        }
        String reference = ErrorReference.next();
        LOG.error("Unexpected error in {}, reference {}", what, reference, failure);
        return message(reference);
    }
}
