package app.redline.glossary.exchange;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;

/** Collects content problems so a manager can fix a file in one pass instead of one upload per mistake. */
final class ContentProblems {

    private static final int SHOWN_IN_MESSAGE = 10;
    private static final int KEPT = 200;

    private final List<String> problems = new ArrayList<>();
    private int count;

    void add(String problem) {
        count++;
        if (problems.size() < KEPT) {
            problems.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        StringBuilder message = new StringBuilder();
        message.append(count == 1 ? "The glossary has a problem" : "The glossary has " + count + " problems")
                .append("; nothing was imported. Fix the file and import it again.");
        problems.stream().limit(SHOWN_IN_MESSAGE).forEach(p -> message.append("\n- ").append(p));
        if (count > SHOWN_IN_MESSAGE) {
            message.append("\n- ... and ").append(count - SHOWN_IN_MESSAGE).append(" more");
        }
        throw new GlossaryFileRejectedException(Reason.INVALID_CONTENT, message.toString(), problems);
    }
}
