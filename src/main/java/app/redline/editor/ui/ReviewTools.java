package app.redline.editor.ui;

import app.redline.review.AnnotationService;
import app.redline.review.BulkReviewService;
import app.redline.review.CommentService;
import app.redline.review.EditingTimeService;
import app.redline.review.ReviewQueueService;
import app.redline.review.ReviewService;
import app.redline.review.SegmentThread;
import org.springframework.stereotype.Component;

/** The review module's services the editor works with, injected as one so the editor's constructor stays readable. */
@Component
record ReviewTools(ReviewService reviews, ReviewQueueService queue, BulkReviewService bulk, CommentService comments,
                   AnnotationService annotations, EditingTimeService editingTimes,
                   SegmentThread thread) {}
