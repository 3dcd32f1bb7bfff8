package app.redline.checks;

import java.util.List;

/** One quality check. Implementations are small, stateless Spring beans; the runner isolates their failures. */
public interface Check {

    /** Stable id, e.g. "numbers", "glossary-forbidden", "languagetool". */
    String id();

    List<Issue> check(CheckInput input);

    /** What the translator reads when this check failed; editing and saving never depend on it. */
    default String unavailableMessage() {
        return "The " + id() + " check is unavailable right now; editing and saving go on.";
    }

    /**
     * The same failure said where it holds a segment back: submitting and approving need every check to have run,
     * e.g. "The grammar check could not run (LanguageTool is not answering)".
     */
    default String couldNotRunMessage() {
        return "The " + id() + " check could not run";
    }
}
