package app.redline.base.ui;

/** The one sentence a user sees for a failure nobody expected: what happened, what to do, and the reference. */
final class UnexpectedErrors {

    private UnexpectedErrors() {}

    static String message(String reference) {
        return "Something went wrong and it was not completed. Try again; if it happens again, "
                + "tell your administrator the reference " + reference + ".";
    }
}
