package app.redline.glossary;

import java.util.List;

/** The concept breaks glossary rules; each problem is a sentence the glossary manager can act on. */
public class ConceptRejectedException extends IllegalArgumentException {

    private final List<String> problems;

    public ConceptRejectedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
