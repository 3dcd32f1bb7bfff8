package app.redline.checks;

import java.util.List;

/** One quality check. Implementations are small, stateless Spring beans; the runner isolates their failures. */
public interface Check {

    /** Stable id, e.g. "numbers", "glossary-forbidden", "languagetool". */
    String id();

    List<Issue> check(CheckInput input);
}
