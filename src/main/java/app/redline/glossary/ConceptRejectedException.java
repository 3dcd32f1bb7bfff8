package app.redline.glossary;

import app.redline.base.UserMessageException;
import java.util.List;

/** The concept breaks glossary rules; each problem is a sentence the glossary manager can act on. */
public class ConceptRejectedException extends UserMessageException {

    private final List<String> problems;

    public ConceptRejectedException(List<String> problems) {
        super(Kind.UNPROCESSABLE, String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
