package app.redline.api;

import app.redline.checks.DocumentChecks;
import app.redline.checks.DocumentReport;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.document.ImportProgress;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class IssuesController {

    private final DocumentChecks checks;

    IssuesController(DocumentChecks checks) {
        this.checks = checks;
    }

    record DocumentIssues(long documentId, Map<String, Map<Severity, Integer>> counts, List<DocumentReport.Finding> issues) {}

    @Operation(summary = "Check issues of a segment's current clean text (spans index its clean text)")
    @GetMapping("/segments/{segmentId}/issues")
    List<Issue> segmentIssues(@PathVariable long segmentId) {
        return checks.segmentIssues(segmentId);
    }

    @Operation(summary = "QA report of a document: every translatable segment's issues, with counts by check and severity")
    @GetMapping("/documents/{documentId}/issues")
    DocumentIssues documentIssues(@PathVariable long documentId) {
        DocumentReport report = checks.report(documentId, ImportProgress.NONE);
        return new DocumentIssues(documentId, report.counts(), report.findings());
    }
}
