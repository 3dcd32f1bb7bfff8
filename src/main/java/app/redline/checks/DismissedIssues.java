package app.redline.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dismissals of many segments, read in one query: filters each segment's issues for its current text. */
public final class DismissedIssues {

    private final Map<String, Set<String>> bySegmentAndText;

    DismissedIssues(Map<String, Set<String>> bySegmentAndText) {
        this.bySegmentAndText = bySegmentAndText;
    }

    static String segmentAndText(long segmentId, String textHash) {
        return segmentId + "|" + textHash;
    }

    public List<Issue> without(long segmentId, String cleanText, List<Issue> issues) {
        if (bySegmentAndText.isEmpty()) {
            return issues;
        }
        Set<String> dismissed = bySegmentAndText.get(segmentAndText(segmentId, DismissalService.hash(cleanText)));
        return dismissed == null ? issues : issues.stream().filter(issue -> !dismissed.contains(DismissalService.key(issue))).toList();
    }
}
