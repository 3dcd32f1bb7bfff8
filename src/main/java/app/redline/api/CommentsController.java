package app.redline.api;

import app.redline.review.CommentService;
import app.redline.review.InboxItem;
import app.redline.review.SegmentComment;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CommentsController {

    private final CommentService comments;

    CommentsController(CommentService comments) {
        this.comments = comments;
    }

    record NewComment(@NotNull String body) {}

    record ReadMark(@NotNull Instant upTo) {}

    @Operation(summary = "The segment's comments, oldest first")
    @GetMapping("/segments/{segmentId}/comments")
    List<SegmentComment> thread(@PathVariable long segmentId) {
        return comments.thread(segmentId);
    }

    @Operation(summary = "Comment on the segment's latest revision; @username mentions an existing user")
    @PostMapping("/segments/{segmentId}/comments")
    ResponseEntity<SegmentComment> post(@PathVariable long segmentId, @Valid @RequestBody NewComment comment) {
        SegmentComment posted = comments.post(segmentId, comment.body());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segmentId + "/comments#" + posted.id())).body(posted);
    }

    @Operation(summary = "Mentions of me, rejections of my revisions and replies where I commented, newest first")
    @GetMapping("/inbox")
    List<InboxItem> inbox() {
        return comments.inbox();
    }

    @Operation(summary = "Mark my inbox read up to upTo (the newest item's 'at'); later items stay unread")
    @PostMapping("/inbox/read")
    ResponseEntity<Void> markRead(@Valid @RequestBody ReadMark mark) {
        comments.markInboxRead(mark.upTo());
        return ResponseEntity.noContent().build();
    }
}
