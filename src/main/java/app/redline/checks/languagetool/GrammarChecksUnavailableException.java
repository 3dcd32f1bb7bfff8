package app.redline.checks.languagetool;

/**
 * LanguageTool could not check. {@code CheckRunner} turns it into a "check-failed" issue, so editing and saving go on.
 */
final class GrammarChecksUnavailableException extends RuntimeException {

    GrammarChecksUnavailableException(String reason, Throwable cause) {
        super("Grammar checks are unavailable: " + reason, cause);
    }

    /** While the circuit is open every check fails this way; a stack trace per segment would only flood the log. */
    static GrammarChecksUnavailableException failingFast(String reason) {
        return new GrammarChecksUnavailableException(reason);
    }

    private GrammarChecksUnavailableException(String reason) {
        super("Grammar checks are unavailable: " + reason, null, false, false);
    }
}
