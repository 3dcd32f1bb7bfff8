package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.springframework.stereotype.Component;

/** A readout with words in it must not end up as an empty clean text. */
@Component
public class EmptyCleanTextCheck implements Check {

    static final String ID = "empty";
    static final String EMPTY = "empty-clean-text";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String clean = input.cleanText();
        String readout = input.readout();
        boolean cleanIsEmpty = clean == null || clean.isBlank();
        boolean readoutHasWords = readout != null && readout.codePoints().anyMatch(Character::isLetter);
        if (cleanIsEmpty && readoutHasWords) {
            return List.of(new Issue(ID, EMPTY, Severity.ERROR, 0, 0,
                    "The clean text is empty; post-edit the readout into it.", List.of()));
        }
        return List.of();
    }
}
