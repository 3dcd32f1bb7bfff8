package app.redline.checks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every issue of a document's translatable segments, and how many of each kind. */
public record DocumentReport(long documentId, List<Finding> findings) {

    /** An issue of one segment; spans refer to that segment's clean text. */
    public record Finding(long segmentId, int position, Issue issue) {}

    /** Counts by check id, then by severity. */
    public Map<String, Map<Severity, Integer>> counts() {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding finding : findings) {
            counts.computeIfAbsent(finding.issue().checkId(), id -> new TreeMap<>())
                    .merge(finding.issue().severity(), 1, Integer::sum);
        }
        return counts;
    }
}
