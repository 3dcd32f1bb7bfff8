package app.redline.editor.ui;

import app.redline.discussion.CommentService;
import app.redline.discussion.SegmentThread;
import org.springframework.stereotype.Component;

/** What the side panel's thread reads and posts: comments, and the review moves among them. */
@Component
record SegmentConversation(CommentService comments, SegmentThread thread) {}
