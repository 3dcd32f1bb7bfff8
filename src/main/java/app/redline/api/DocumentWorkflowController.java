package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.delivery.Assignees;
import app.redline.delivery.AssignmentService;
import app.redline.review.BulkReviewService;
import app.redline.delivery.AuditEntry;
import app.redline.delivery.DocumentAudit;
import app.redline.review.DraftSubmission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents/{documentId}")
class DocumentWorkflowController {

    private final AssignmentService assignments;
    private final BulkReviewService bulk;
    private final DocumentAudit audit;

    DocumentWorkflowController(AssignmentService assignments, BulkReviewService bulk, DocumentAudit audit) {
        this.assignments = assignments;
        this.bulk = bulk;
        this.audit = audit;
    }

    /** Both lists, even when one stays empty: a list left out would otherwise unassign everyone in that role. */
    record AssigneesBody(@NotNull List<String> translators, @NotNull List<String> reviewers) {}

    @Operation(summary = "Who translates and who reviews the document")
    @GetMapping("/assignees")
    Assignees assignees(@PathVariable long documentId) {
        return assignments.assignees(documentId);
    }

    @Operation(summary = "Replace the document's assignees (administrators, or a reviewer assigned to the document); "
            + "every change is logged, a refusal is a 403 saying why")
    @PutMapping("/assignees")
    Assignees assign(@PathVariable long documentId, @Valid @RequestBody AssigneesBody body) {
        return assignments.assign(documentId, body.translators(), body.reviewers());
    }

    @Operation(summary = "Submit every draft or rejected segment whose latest revision you wrote; lists what was skipped and why")
    @PostMapping("/submit-drafts")
    DraftSubmission submitDrafts(@PathVariable long documentId) {
        return bulk.submitMyDrafts(documentId);
    }

    /** Below the service's own limit, so the extra row that tells whether a next page exists is always read. */
    static final int MAX_AUDIT_SIZE = 200;
    /** Far beyond any real trail, and page × size stays an int. */
    static final int MAX_AUDIT_PAGE = 1_000_000;

    record AuditPage(int page, int size, boolean hasNext, List<AuditEntry> items) {}

    @Operation(summary = "The document's audit trail a page at a time, newest first: review events, sign-offs, "
            + "assignment changes, comments, error marks")
    @GetMapping("/audit")
    AuditPage audit(@PathVariable long documentId,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_AUDIT_SIZE || page > MAX_AUDIT_PAGE) {
            throw UserMessageException.invalid("page is 0 to " + MAX_AUDIT_PAGE + "; size is 1 to " + MAX_AUDIT_SIZE + ".");
        }
        // One row more than asked tells whether a next page exists, without counting the trail.
        List<AuditEntry> rows = audit.entries(documentId, (long) page * size, size + 1);
        return new AuditPage(page, size, rows.size() > size, rows.subList(0, Math.min(size, rows.size())));
    }

    @Operation(summary = "The whole audit trail as CSV, streamed (cells that would start a spreadsheet formula are quoted)")
    @GetMapping("/audit.csv")
    void auditCsv(@PathVariable long documentId, HttpServletResponse response) throws IOException {
        Downloads.start(response, audit.csvFileName(documentId), DocumentAudit.CSV_CONTENT_TYPE);
        audit.writeCsv(documentId, response.getOutputStream());
    }
}
