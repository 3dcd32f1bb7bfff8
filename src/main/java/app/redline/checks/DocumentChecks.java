package app.redline.checks;

import app.redline.checks.glossary.DocumentConsistency;
import app.redline.document.DocumentService;
import app.redline.document.ImportProgress;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The QA report of a whole document: every translatable segment through the checks (cached results make a
 * re-check of unchanged text nearly free), plus the consistency of term renderings across segments.
 */
@Service
public class DocumentChecks {

    private static final int PAGE = 500;

    private final CheckService checks;
    private final SegmentService segments;
    private final DocumentService documents;
    private final DismissalService dismissals;

    DocumentChecks(CheckService checks, SegmentService segments, DocumentService documents, DismissalService dismissals) {
        this.dismissals = dismissals;
        this.checks = checks;
        this.segments = segments;
        this.documents = documents;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Issue> segmentIssues(long segmentId) {
        SegmentSnapshot segment = segments.get(segmentId);
        if (!segment.translatable()) {
            return List.of();
        }
        long projectId = documents.header(segment.documentId()).projectId();
        return dismissals.withoutDismissed(segmentId, segment.cleanText(),
                checks.check(projectId, segment.readout(), segment.sourceText(), segment.cleanText()));
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
        List<CompletableFuture<List<Issue>>> pending = all.stream()
                .map(segment -> checks.checkLater(projectId, segment.readout(), segment.sourceText(), segment.cleanText()))
                .toList();
        List<DocumentReport.Finding> findings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SegmentSnapshot segment = all.get(i);
            dismissals.withoutDismissed(segment.id(), segment.cleanText(), pending.get(i).join()).forEach(issue -> findings.add(new DocumentReport.Finding(segment.id(), segment.position(), issue)));
            if (i % 50 == 0 || i == all.size() - 1) {
                progress.update("Checking segments", i + 1, all.size());
            }
        }
        List<String> texts = all.stream().map(SegmentSnapshot::cleanText).toList();
        for (var inconsistent : DocumentConsistency.check(texts, checks.glossaryFor(projectId))) {
            SegmentSnapshot segment = all.get(inconsistent.segment());
            findings.add(new DocumentReport.Finding(segment.id(), segment.position(), inconsistent.issue()));
        }
        findings.sort(java.util.Comparator.comparingInt(DocumentReport.Finding::position));
        return new DocumentReport(documentId, findings);
    }
}
