package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.checks.Issue;
import app.redline.review.BulkReviewService;
import app.redline.review.QueueDetail;
import app.redline.review.QueueFilter;
import app.redline.review.QueuedSegment;
import app.redline.review.ReviewQueueService;
import app.redline.review.SelectedRevision;
import app.redline.review.WaitingDocument;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/review")
class ReviewQueueController {

    private final ReviewQueueService queue;
    private final BulkReviewService bulk;

    ReviewQueueController(ReviewQueueService queue, BulkReviewService bulk) {
        this.queue = queue;
        this.bulk = bulk;
    }

    /** Below the service's own cap, so the extra row that tells whether a next page exists is always read. */
    static final int MAX_SIZE = 200;
    /** Far beyond any real queue, and page × size stays an int. */
    static final int MAX_PAGE = 1_000_000;

    record QueuePage(int page, int size, boolean hasNext, List<QueuedSegment> items) {}

    record Detail(DocumentsController.SegmentItem segment, int revisionNo, String revisionText, String revisionAuthor,
                  List<Issue> issues) {
        static Detail of(QueueDetail detail) {
            return new Detail(DocumentsController.SegmentItem.of(detail.segment()), detail.revision().revisionNo(),
                    detail.revision().text(), detail.revision().author(), detail.issues());
        }
    }

    record ApprovalItem(Long segmentId, Integer revisionNo, Long version) {
        SelectedRevision selected() {
            if (segmentId == null || revisionNo == null || version == null) {
                throw UserMessageException.invalid("Each item names segmentId, revisionNo and version.");
            }
            return new SelectedRevision(segmentId, revisionNo, version);
        }
    }

    @Operation(summary = "Submitted segments waiting for me, oldest first; hasIssues: true (errors or warnings) or errors")
    @GetMapping("/queue")
    QueuePage queue(@RequestParam(required = false) String translator,
                    @RequestParam(defaultValue = "false") boolean rejectedBefore,
                    @RequestParam(required = false) String hasIssues,
                    @RequestParam(defaultValue = "false") boolean mineOnly,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE || page > MAX_PAGE) {
            throw UserMessageException.invalid("page is 0 to " + MAX_PAGE + "; size is 1 to " + MAX_SIZE + ".");
        }
        var filter = new QueueFilter(rejectedBefore, translator, issues(hasIssues), mineOnly);
        // One row more than asked tells whether a next page exists, without counting the queue.
        List<QueuedSegment> rows = queue.waitingForMe(filter, page * size, size + 1);
        return new QueuePage(page, size, rows.size() > size, rows.subList(0, Math.min(size, rows.size())));
    }

    @Operation(summary = "Documents with segments waiting for me, the longest-waiting first")
    @GetMapping("/documents")
    List<WaitingDocument> documents(@RequestParam(defaultValue = "false") boolean mineOnly) {
        return queue.documentsWaitingForMe(mineOnly);
    }

    @Operation(summary = "Open a segment for review: its latest revision and issues; the revision counts as seen by you")
    @GetMapping("/segments/{segmentId}")
    Detail open(@PathVariable long segmentId) {
        return Detail.of(queue.open(segmentId));
    }

    @Operation(summary = "Approve revisions you have opened, all or nothing; each names its revisionNo and version")
    @PostMapping("/approve")
    List<DocumentsController.SegmentItem> approve(@RequestBody List<ApprovalItem> items) {
        if (items.contains(null)) {
            throw UserMessageException.invalid("Each item names segmentId, revisionNo and version.");
        }
        return bulk.approveSelection(items.stream().map(ApprovalItem::selected).toList()).stream()
                .map(DocumentsController.SegmentItem::of).toList();
    }

    private static QueueFilter.Issues issues(String hasIssues) {
        if (hasIssues == null || hasIssues.isBlank()) {
            return QueueFilter.Issues.ANY;
        }
        return switch (hasIssues.strip().toLowerCase(Locale.ROOT)) {
            case "false" -> QueueFilter.Issues.ANY;
            case "true", "warning", "warnings" -> QueueFilter.Issues.ERRORS_OR_WARNINGS;
            case "error", "errors" -> QueueFilter.Issues.ERRORS;
            default -> throw UserMessageException.invalid("hasIssues is true (errors or warnings), errors or false.");
        };
    }
}
