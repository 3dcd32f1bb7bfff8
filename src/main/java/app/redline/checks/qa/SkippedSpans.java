package app.redline.checks.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs, e-mail addresses and domain names: dots and commas there are not prose punctuation. */
final class SkippedSpans {

    // Each alternative may only start where its run of characters starts, so long runs cost linear time.
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S++"
            + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)++"
            + "|(?<![\\w.-])[\\w-]++(?:\\.[\\w-]++)*?\\.(?-i:com|cn|org|net|gov|edu|int|io)\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<int[]> spans;

    private SkippedSpans(List<int[]> spans) {
        this.spans = spans;
    }

    static SkippedSpans urlsIn(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return new SkippedSpans(spans);
    }

    boolean overlaps(int start, int end) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }
}
