package app.redline.api;

import app.redline.review.Assignees;
import app.redline.review.AssignmentService;
import app.redline.review.BulkReviewService;
import app.redline.review.AuditEntry;
import app.redline.review.DocumentAudit;
import app.redline.review.DraftSubmission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @Operation(summary = "The document's audit trail, newest first: review events, sign-offs, assignment changes, comments, error marks")
    @GetMapping("/audit")
    List<AuditEntry> audit(@PathVariable long documentId) {
        return audit.entries(documentId);
    }

    @Operation(summary = "The audit trail as CSV (cells that would start a spreadsheet formula are quoted)")
    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> auditCsv(@PathVariable long documentId) {
        return Downloads.of(audit.csv(documentId));
    }
}
