package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Chinese characters or full-width CJK punctuation left in a clean text that is not Chinese or Japanese. */
@Component
public class UntranslatedCheck implements Check {

    static final String ID = "untranslated";
    static final String CHINESE = "untranslated-chinese";
    static final String FULL_WIDTH = "full-width-punctuation";

    // Inside a run these belong to it ("“双碳” 目标", "2022年6月"); on their own they are ordinary English.
    private static final String JOINERS = " “”‘’·…—0123456789";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = Objects.requireNonNullElse(input.cleanText(), "");
        List<Issue> issues = new ArrayList<>();
        if (targetUsesCjk(input.targetLanguage())) {
            return issues;
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!CjkChars.isCjk(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = endOfRun(text, i);
            boolean quoted = i > 0 && "“‘".indexOf(text.charAt(i - 1)) >= 0
                    && end < text.length() && "”’".indexOf(text.charAt(end)) >= 0;
            int start = quoted ? i - 1 : i;
            int spanEnd = quoted ? end + 1 : end;
            issues.add(issueFor(text, start, spanEnd));
            i = spanEnd;
        }
        return issues;
    }

    /** End of a run of CJK characters, allowing spaces, quotes and digits between them but not at the end. */
    private static int endOfRun(String text, int start) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (CjkChars.isCjk(cp)) {
                i += Character.charCount(cp);
                end = i;
            } else if (JOINERS.indexOf(cp) >= 0) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return end;
    }

    private static Issue issueFor(String text, int start, int end) {
        String run = text.substring(start, end);
        if (run.codePoints().anyMatch(CjkChars::isHan)) {
            return new Issue(ID, CHINESE, Severity.ERROR, start, end,
                    "Untranslated Chinese “%s”: translate it.".formatted(run), List.of());
        }
        String ascii = CjkChars.toAsciiPunctuation(run);
        boolean wordFollows = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
        if (ascii != null && wordFollows && ascii.matches(".*[,.;:!?]")) {
            ascii += " ";
        }
        String message = ascii == null
                ? "Full-width punctuation “%s”: use English punctuation.".formatted(run)
                : "Full-width punctuation “%s”: use “%s”.".formatted(run, ascii.isBlank() ? ascii : ascii.strip());
        return new Issue(ID, FULL_WIDTH, Severity.ERROR, start, end, message,
                ascii == null ? List.of() : List.of(ascii));
    }

    private static boolean targetUsesCjk(String targetLanguage) {
        String language = targetLanguage == null ? "" : targetLanguage.toLowerCase(Locale.ROOT);
        return language.startsWith("zh") || language.startsWith("ja");
    }
}
