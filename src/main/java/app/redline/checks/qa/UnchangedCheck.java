package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.springframework.stereotype.Component;

/** A clean text still identical to the machine readout has not been looked at yet. */
@Component
public class UnchangedCheck implements Check {

    static final String ID = "unchanged";
    static final String UNCHANGED = "not-post-edited";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String clean = input.cleanText();
        String readout = input.readout();
        if (clean == null || readout == null || clean.isBlank() || !clean.strip().equals(readout.strip())) {
            return List.of();
        }
        return List.of(new Issue(ID, UNCHANGED, Severity.INFO, 0, clean.length(), "Not post-edited yet.", List.of()));
    }
}
