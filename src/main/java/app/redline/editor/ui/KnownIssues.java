package app.redline.editor.ui;

import app.redline.checks.DocumentChecks;
import app.redline.checks.Issue;
import app.redline.document.SegmentSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The issues known for rows' saved texts, read with each page of the grid (stored results, nothing re-checked) or
 * handed over by the live checks; a row shows them only while it still has the text they were found in.
 */
class KnownIssues {

    private final DocumentChecks checks;
    private final long projectId;
    private final Map<Long, CheckedText> bySegment = new HashMap<>();

    KnownIssues(DocumentChecks checks, long projectId) {
        this.checks = checks;
        this.projectId = projectId;
    }

    /** Reads the stored results of a page of rows; returns the page, so it fits in a data provider's fetch. */
    List<SegmentSnapshot> readFor(List<SegmentSnapshot> page) {
        Map<Long, List<Issue>> stored = checks.storedIssues(projectId, page);
        page.stream().filter(row -> stored.containsKey(row.id()))
                .forEach(row -> remember(new CheckedText(row.id(), row.cleanText(), stored.get(row.id()))));
        return page;
    }

    void remember(CheckedText checked) {
        bySegment.put(checked.segmentId(), checked);
    }

    List<Issue> of(SegmentSnapshot row) {
        CheckedText known = bySegment.get(row.id());
        return known != null && known.text().equals(row.cleanText()) ? known.issues() : List.of();
    }
}
