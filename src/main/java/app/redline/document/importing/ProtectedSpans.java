package app.redline.document.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Stretches of a line that must never be cut: quoted slogans ("“Don’t Be Corrupt. Can’t Be Corrupted”"),
// URLs and e-mail addresses. Both LanguageTool and the glue pass see ".X" inside them as a sentence end.
final class ProtectedSpans {

    // Slogans and titles are short; a longer "quotation" is more likely an unbalanced MT quote mark,
    // and protecting it would swallow several real sentences.
    private static final int MAX_QUOTED_LENGTH = 300;

    // No repeated groups below: Java matches those recursively, and a long run of "a.a.a..." in an upload
    // would overflow the stack. Character classes backtrack iteratively; trailing dots are trimmed afterwards.
    private static final String URL_PATH = "(?:/[^\\s“”\"<>]*)?";
    private static final String TOP_LEVEL_DOMAIN = "\\.(?:cn|com|org|net|gov|edu|int|info|hk|mo|tw)(?![\\p{L}\\p{N}])";
    // Each alternative starts at a word start only: trying from every letter inside a word was slow.
    private static final Pattern URL = Pattern.compile("(?<![\\p{L}\\p{N}._/-])(?:" + String.join("|",
            "(?:https?|ftp)://[^\\s/“”\"<>]+" + URL_PATH,
            // Host names are lower case; stopping at an upper-case label keeps "www.gov.cn.The" cuttable.
            "www\\.[a-z0-9.-]+" + URL_PATH,
            "[a-z0-9-][a-z0-9.-]*" + TOP_LEVEL_DOMAIN + URL_PATH)
            + ")");
    private static final Pattern URL_HINT = Pattern.compile("://|www\\.|" + TOP_LEVEL_DOMAIN);
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[a-z0-9-]+\\.[a-z0-9.-]*[a-z0-9]");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]’”'\"";

    private final List<int[]> spans;

    private ProtectedSpans(List<int[]> spans) {
        this.spans = spans;
    }

    static ProtectedSpans in(String line) {
        List<int[]> spans = new ArrayList<>();
        addQuoted(line, spans);
        if (URL_HINT.matcher(line).find()) {
            addMatches(URL, line, spans);
        }
        if (line.indexOf('@') >= 0) {
            addMatches(EMAIL, line, spans);
        }
        return new ProtectedSpans(spans);
    }

    // A cut at offset b falls between line[b-1] and line[b].
    boolean covers(int cut) {
        for (int[] span : spans) {
            if (span[0] < cut && cut < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static void addMatches(Pattern pattern, String line, List<int[]> spans) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            spans.add(new int[] {matcher.start(), end});
        }
    }

    // Pairs quote marks with a stack so that nested titles (“Fuxin City’s “14th Five-Year Plan” ...”) match up.
    // German „…“ and both guillemet directions are paired as well; unbalanced marks are ignored.
    private static void addQuoted(String line, List<int[]> spans) {
        Deque<Integer> openings = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isQuoteMark(c)) {
                continue;
            }
            if (!openings.isEmpty() && closes(line.charAt(openings.peek()), c)) {
                int start = openings.pop();
                if (i + 1 - start <= MAX_QUOTED_LENGTH) {
                    spans.add(new int[] {start, i + 1});
                }
            } else if (opens(c)) {
                openings.push(i);
            }
        }
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '"';
    }

    private static boolean opens(char c) {
        return c == '“' || c == '„' || c == '«' || c == '»' || c == '"';
    }

    private static boolean closes(char opening, char c) {
        return switch (opening) {
            case '“' -> c == '”';
            case '„' -> c == '“' || c == '”';
            case '«' -> c == '»';
            case '»' -> c == '«';
            case '"' -> c == '"';
            default -> false;
        };
    }
}
