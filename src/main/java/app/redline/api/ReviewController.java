package app.redline.api;

import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ReviewController {

    private final ReviewService review;

    ReviewController(ReviewService review) {
        this.review = review;
    }

    record Submission(@NotNull Long expectedVersion, String overrideReason) {}

    record Approval(@NotNull Integer expectedRevisionNo, @NotNull Long expectedVersion, String overrideReason) {}

    record Rejection(@NotNull Long expectedVersion, @NotBlank String reason) {}

    record EventItem(long id, long segmentId, String action, String from, String to, int revisionNo, String actor,
                     String reason, String overrideReason, String overriddenIssues, Instant createdAt) {
        static EventItem of(ReviewEvent event) {
            return new EventItem(event.id(), event.segmentId(), event.action().name(), event.from().name(),
                    event.to().name(), event.revisionNo(), event.actor(), event.reason(), event.overrideReason(),
                    event.overriddenIssues(), event.createdAt());
        }
    }

    @Operation(summary = "Submit the segment for review; 422 GATE while errors are open or a check could not run, "
            + "which a reviewer may override with overrideReason")
    @PostMapping("/segments/{segmentId}/submit")
    DocumentsController.SegmentItem submit(@PathVariable long segmentId, @Valid @RequestBody Submission submission) {
        return DocumentsController.SegmentItem.of(
                review.submit(segmentId, submission.expectedVersion(), submission.overrideReason()));
    }

    @Operation(summary = "Approve revision expectedRevisionNo; 409 if the segment changed since expectedVersion; "
            + "422 GATE while errors are open or a check could not run, unless overrideReason says why")
    @PostMapping("/segments/{segmentId}/approve")
    DocumentsController.SegmentItem approve(@PathVariable long segmentId, @Valid @RequestBody Approval approval) {
        return DocumentsController.SegmentItem.of(review.approve(segmentId, approval.expectedRevisionNo(),
                approval.expectedVersion(), approval.overrideReason()));
    }

    @Operation(summary = "Send the segment back to the translator with a reason")
    @PostMapping("/segments/{segmentId}/reject")
    DocumentsController.SegmentItem reject(@PathVariable long segmentId, @Valid @RequestBody Rejection rejection) {
        return DocumentsController.SegmentItem.of(
                review.reject(segmentId, rejection.expectedVersion(), rejection.reason()));
    }

    @Operation(summary = "The segment's review trail, newest first")
    @GetMapping("/segments/{segmentId}/review-events")
    List<EventItem> segmentEvents(@PathVariable long segmentId) {
        return review.history(segmentId).stream().map(EventItem::of).toList();
    }

    @Operation(summary = "Every review event of the document, newest first")
    @GetMapping("/documents/{documentId}/review-events")
    List<EventItem> documentEvents(@PathVariable long documentId) {
        return review.documentEvents(documentId).stream().map(EventItem::of).toList();
    }
}
