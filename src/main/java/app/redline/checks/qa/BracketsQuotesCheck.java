package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Brackets and quotes opened but never closed, or closed but never opened. */
@Component
public class BracketsQuotesCheck implements Check {

    static final String ID = "brackets-quotes";
    static final String BRACKET = "unmatched-bracket";
    static final String QUOTE = "unmatched-quote";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = Objects.requireNonNullElse(input.cleanText(), "");
        List<Issue> issues = new ArrayList<>();
        OpenBrackets brackets = new OpenBrackets(text);
        Deque<Integer> doubleQuotes = new ArrayDeque<>();
        Deque<Integer> singleQuotes = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OpenBrackets.OPENERS.indexOf(c) >= 0) {
                brackets.open(i);
            } else if (OpenBrackets.CLOSERS.indexOf(c) >= 0) {
                closeBracket(text, i, brackets, issues);
            } else if (c == '“') {
                doubleQuotes.push(i);
            } else if (c == '”' && doubleQuotes.poll() == null) {
                issues.add(unmatched(QUOTE, i, "Closing quote ” has no opening quote “."));
            } else if (c == '‘' && !Apostrophes.isElision(text, i)) {
                singleQuotes.push(i);
            } else if (c == '’' && singleQuotes.poll() == null && !Apostrophes.isApostrophe(text, i)) {
                issues.add(unmatched(QUOTE, i, "Closing quote ’ has no opening quote ‘."));
            }
        }
        brackets.stillOpen().forEach(i -> issues.add(neverClosed(text, i)));
        doubleQuotes.forEach(i -> issues.add(unmatched(QUOTE, i, "Opening quote “ is never closed.")));
        singleQuotes.forEach(i -> issues.add(unmatched(QUOTE, i, "Opening quote ‘ is never closed.")));
        StraightQuotes.unmatched(text)
                .forEach(i -> issues.add(unmatched(QUOTE, i, "Straight quote \" has no partner.")));
        issues.sort(Comparator.comparingInt(Issue::start));
        return issues;
    }

    private static void closeBracket(String text, int at, OpenBrackets brackets, List<Issue> issues) {
        char closer = text.charAt(at);
        if (brackets.isOpen(closer)) {
            brackets.close(at).forEach(i -> issues.add(neverClosed(text, i)));
        } else if (!isListMarkerOrSmiley(text, at)) {
            char opener = OpenBrackets.OPENERS.charAt(OpenBrackets.CLOSERS.indexOf(closer));
            issues.add(unmatched(BRACKET, at, "Closing bracket %s has no opening %s.".formatted(closer, opener)));
        }
    }

    /** "1) first … 2) second" and ":)" close nothing on purpose. */
    private static boolean isListMarkerOrSmiley(String text, int at) {
        if (text.charAt(at) != ')' || at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        if (before == ':' || before == ';') {
            return true;
        }
        int start = at;
        while (start > 0 && at - start < 3 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        boolean shortToken = start < at && at - start <= 2;
        return shortToken && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
    }

    private static Issue neverClosed(String text, int at) {
        return unmatched(BRACKET, at, "Bracket %s is never closed.".formatted(text.charAt(at)));
    }

    private static Issue unmatched(String ruleId, int at, String message) {
        return new Issue(ID, ruleId, Severity.WARNING, at, at + 1, message, List.of());
    }
}
