package app.redline.checks;

import app.redline.checks.glossary.DocumentConsistency;
import app.redline.document.DocumentService;
import app.redline.document.ImportProgress;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.glossary.GlossaryRevisions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Check results of saved segments: stored in PostgreSQL as they are computed, so a document report re-runs only
 * what changed since (texts, settings or glossary), plus the consistency of term renderings across segments.
 * Dismissed findings are taken out of everything returned here.
 */
@Service
public class DocumentChecks {

    private static final int PAGE = 500;

    private final CheckService checks;
    private final CheckResults results;
    private final SegmentService segments;
    private final DocumentService documents;
    private final DismissalService dismissals;

    DocumentChecks(CheckService checks, CheckResults results, SegmentService segments, DocumentService documents,
                   DismissalService dismissals) {
        this.checks = checks;
        this.results = results;
        this.segments = segments;
        this.documents = documents;
        this.dismissals = dismissals;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Issue> segmentIssues(long segmentId) {
        SegmentSnapshot segment = segments.get(segmentId);
        if (!segment.translatable()) {
            return List.of();
        }
        long projectId = documents.header(segment.documentId()).projectId();
        return checkSaved(projectId, List.of(segment), ImportProgress.NONE).get(segmentId);
    }

    /**
     * The open segment's text as the translator has it now, checked off the caller's thread. The result of the
     * saved text is stored (an incomplete one too, so the review queue sees that a check could not run); a text
     * still being typed is only cached.
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<List<Issue>> checkLater(long projectId, SegmentSnapshot segment, String text) {
        // Read before the check, so a result is never stored as newer than the glossary it was checked against;
        // and here, with the caller's rights: the rest runs on whichever thread finished the check.
        GlossaryRevisions revisions = checks.revisions(projectId);
        String key = checks.textKey(projectId, segment.readout(), segment.sourceText(), text);
        DismissedIssues dismissed = dismissals.forSegments(List.of(segment.id()));
        CompletableFuture<List<Issue>> found = checks.checkLater(projectId, segment.readout(), segment.sourceText(), text);
        return found.thenApply(issues -> {
            if (text.equals(segment.cleanText())) {
                results.store(List.of(new CheckResults.Fresh(segment.id(), key, revisions, issues)));
            }
            return dismissed.without(segment.id(), text, issues);
        });
    }

    /** Stored results still valid for these segments as they are now; segments without one are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Issue>> storedIssues(long projectId, List<SegmentSnapshot> rows) {
        List<SegmentSnapshot> translatable = rows.stream().filter(SegmentSnapshot::translatable).toList();
        List<Long> ids = translatable.stream().map(SegmentSnapshot::id).toList();
        Map<Long, CheckResults.Stored> stored = results.forSegments(ids);
        GlossaryRevisions revisions = checks.revisions(projectId);
        DismissedIssues dismissed = dismissals.forSegments(ids);
        Map<Long, List<Issue>> valid = new HashMap<>();
        for (SegmentSnapshot row : translatable) {
            CheckResults.Stored result = stored.get(row.id());
            if (result != null && result.validFor(keyOf(projectId, row), revisions)) {
                valid.put(row.id(), dismissed.without(row.id(), row.cleanText(), result.issues()));
            }
        }
        return valid;
    }

    /**
     * The issues of each segment's last stored result, whatever it was checked against, less those dismissed for
     * the segment's text now: what the review queue counts and filters by, without checking anything.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Issue>> lastStoredIssues(Collection<SegmentSnapshot> segments) {
        List<Long> ids = segments.stream().map(SegmentSnapshot::id).toList();
        Map<Long, CheckResults.Stored> stored = results.forSegments(ids);
        DismissedIssues dismissed = dismissals.forSegments(ids);
        Map<Long, List<Issue>> open = new HashMap<>();
        for (SegmentSnapshot segment : segments) {
            CheckResults.Stored result = stored.get(segment.id());
            open.put(segment.id(), result == null ? List.of()
                    : dismissed.without(segment.id(), segment.cleanText(), result.issues()));
        }
        return open;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentReport report(long documentId, ImportProgress progress) {
        long projectId = documents.header(documentId).projectId();
        List<SegmentSnapshot> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<SegmentSnapshot> page = segments.page(documentId, SegmentFilter.ALL, offset, PAGE);
            page.stream().filter(SegmentSnapshot::translatable).forEach(all::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<Long, List<Issue>> issues = checkSaved(projectId, all, progress);
        List<DocumentReport.Finding> findings = new ArrayList<>();
        for (SegmentSnapshot segment : all) {
            issues.get(segment.id()).forEach(issue -> findings.add(new DocumentReport.Finding(segment.id(), segment.position(), issue)));
        }
        List<String> texts = all.stream().map(SegmentSnapshot::cleanText).toList();
        for (var inconsistent : DocumentConsistency.check(texts, checks.glossaryFor(projectId))) {
            SegmentSnapshot segment = all.get(inconsistent.segment());
            findings.add(new DocumentReport.Finding(segment.id(), segment.position(), inconsistent.issue()));
        }
        findings.sort(Comparator.comparingInt(DocumentReport.Finding::position));
        return new DocumentReport(documentId, findings);
    }

    /**
     * Issues of saved, translatable segments: stored ones where still valid and complete, the rest checked now and
     * stored. A check that could not run is tried again each time, until it runs.
     */
    Map<Long, List<Issue>> checkSaved(long projectId, List<SegmentSnapshot> saved, ImportProgress progress) {
        List<Long> ids = saved.stream().map(SegmentSnapshot::id).toList();
        Map<Long, CheckResults.Stored> stored = results.forSegments(ids);
        GlossaryRevisions revisions = checks.revisions(projectId);
        Map<Long, List<Issue>> found = new HashMap<>();
        List<SegmentSnapshot> stale = new ArrayList<>();
        for (SegmentSnapshot segment : saved) {
            CheckResults.Stored result = stored.get(segment.id());
            if (result != null && result.validFor(keyOf(projectId, segment), revisions) && result.complete()) {
                found.put(segment.id(), result.issues());
            } else {
                stale.add(segment);
            }
        }
        List<CompletableFuture<List<Issue>>> pending = stale.stream()
                .map(segment -> checks.checkLater(projectId, segment.readout(), segment.sourceText(), segment.cleanText()))
                .toList();
        List<CheckResults.Fresh> fresh = new ArrayList<>();
        for (int i = 0; i < stale.size(); i++) {
            SegmentSnapshot segment = stale.get(i);
            List<Issue> issues = pending.get(i).join();
            found.put(segment.id(), issues);
            // Stored even when a check could not run: the review queue then counts the segment as not cleared.
            fresh.add(new CheckResults.Fresh(segment.id(), keyOf(projectId, segment), revisions, issues));
            if (i % 50 == 0) {
                progress.update("Checking segments", found.size(), saved.size());
            }
        }
        progress.update("Checking segments", saved.size(), saved.size());
        results.store(fresh);
        DismissedIssues dismissed = dismissals.forSegments(ids);
        saved.forEach(segment -> found.computeIfPresent(segment.id(),
                (id, issues) -> dismissed.without(id, segment.cleanText(), issues)));
        return found;
    }

    private String keyOf(long projectId, SegmentSnapshot segment) {
        return checks.textKey(projectId, segment.readout(), segment.sourceText(), segment.cleanText());
    }
}
