package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.discussion.CommentPage;
import app.redline.discussion.CommentService;
import app.redline.discussion.InboxItem;
import app.redline.discussion.SegmentComment;
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
import org.springframework.web.bind.annotation.RequestParam;
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

    /**
     * @param hasNext whether earlier comments exist: the next page holds them, or ask with before = the first item's id
     */
    record CommentsPage(int page, int size, boolean hasNext, List<SegmentComment> items) {}

    @Operation(summary = "The segment's comments a page at a time: page 0 holds the newest, each page reads oldest "
            + "first, page 1 holds those before page 0; or before=<comment id> for the ones just before that comment")
    @GetMapping("/segments/{segmentId}/comments")
    CommentsPage thread(@PathVariable long segmentId,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size,
                        @RequestParam(required = false) Long before) {
        if (before != null && page != 0) {
            throw UserMessageException.invalid("Ask for a page or for the comments before one, not both.");
        }
        CommentPage found = before == null ? comments.thread(segmentId, page, size)
                : comments.threadBefore(segmentId, before, size);
        return new CommentsPage(page, size, found.hasEarlier(), found.items());
    }

    @Operation(summary = "Comment on the segment's latest revision; @username mentions an existing user. "
            + "Rate-limited per user: 429 with Retry-After when over the limit")
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
