package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Spacing slips MT output is full of: "way.We should", "structure,We will", "word ,", doubled spaces. */
@Component
public class SpacingCheck implements Check {

    static final String ID = "spacing";
    static final String AFTER_SENTENCE = "missing-space-after-sentence";
    static final String AFTER_COMMA = "missing-space-after-comma";
    static final String DOUBLE_SPACE = "double-space";
    static final String BEFORE_PUNCTUATION = "space-before-punctuation";
    static final String LEADING = "leading-whitespace";
    static final String TRAILING = "trailing-whitespace";

    // The next sentence must start with a capitalised word, so "3.5", "e.g.", "p.m." and "U.S." never match.
    private static final Pattern SENTENCE_GLUE = Pattern.compile("(?<![.!?])[.!?]++[”’]?(?=[“\"‘(]?\\p{Lu}\\p{Ll})");
    private static final Pattern COMMA_GLUE =
            Pattern.compile("(?<=[\\p{L})\\]”’])(?:[,;](?=[“‘(]?\\p{L})|:(?=\\p{Lu}\\p{Ll}))");
    private static final Pattern DOUBLE_SPACES = Pattern.compile("(?<=\\S)[ \\t\\u00A0]{2,}(?=[^\\s,.;:!?])");
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=\\S)[ \\t\\u00A0]+([,.;:!?])(?![.\\d()])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = Objects.requireNonNullElse(input.cleanText(), "");
        List<Issue> issues = new ArrayList<>();
        if (text.isBlank()) {
            return issues;
        }
        SkippedSpans urls = SkippedSpans.urlsIn(text);
        findGlued(text, SENTENCE_GLUE.matcher(text), AFTER_SENTENCE, urls, issues);
        findGlued(text, COMMA_GLUE.matcher(text), AFTER_COMMA, urls, issues);
        findSpacesBeforePunctuation(text, isFrench(input.targetLanguage()), urls, issues);
        Matcher doubled = DOUBLE_SPACES.matcher(text);
        while (doubled.find()) {
            issues.add(issue(DOUBLE_SPACE, Severity.WARNING, doubled.start(), doubled.end(),
                    "Doubled space.", " "));
        }
        int leading = 0;
        while (Character.isWhitespace(text.charAt(leading))) {
            leading++; // the text is not blank, so this stops
        }
        if (leading > 0) {
            issues.add(issue(LEADING, Severity.INFO, 0, leading, "Whitespace at the start of the text.", ""));
        }
        int trailing = text.length();
        while (Character.isWhitespace(text.charAt(trailing - 1))) {
            trailing--;
        }
        if (trailing < text.length()) {
            issues.add(issue(TRAILING, Severity.INFO, trailing, text.length(),
                    "Whitespace at the end of the text.", ""));
        }
        issues.sort(Comparator.comparingInt(Issue::start));
        return issues;
    }

    private static void findGlued(String text, Matcher glue, String ruleId, SkippedSpans urls, List<Issue> issues) {
        while (glue.find()) {
            int start = WordBounds.startOfWordBefore(text, glue.start());
            int end = WordBounds.endOfWordAfter(text, glue.end());
            if (start == glue.start() || urls.overlaps(start, end) || isInitial(text, start, glue.start())) {
                continue;
            }
            String fixed = text.substring(start, glue.end()) + " " + text.substring(glue.end(), end);
            issues.add(issue(ruleId, Severity.WARNING, start, end,
                    "Missing space after “%s”.".formatted(glue.group()), fixed));
        }
    }

    private static void findSpacesBeforePunctuation(String text, boolean french, SkippedSpans urls,
                                                    List<Issue> issues) {
        Matcher m = SPACE_BEFORE.matcher(text);
        while (m.find()) {
            String mark = m.group(1);
            // French typography wants a space before ; : ! ?
            if ((french && ";:!?".contains(mark)) || urls.overlaps(m.start(), m.end())) {
                continue;
            }
            issues.add(issue(BEFORE_PUNCTUATION, Severity.WARNING, m.start(), m.end(),
                    "Space before “%s”.".formatted(mark), mark));
        }
    }

    /** "U.S.Army": a single capital before the dot is an initial, not the end of a sentence. */
    private static boolean isInitial(String text, int wordStart, int wordEnd) {
        return wordEnd - wordStart == 1 && Character.isUpperCase(text.charAt(wordStart));
    }

    private static boolean isFrench(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr");
    }

    private static Issue issue(String ruleId, Severity severity, int start, int end, String message, String fix) {
        return new Issue(ID, ruleId, severity, start, end, message, List.of(fix));
    }
}
