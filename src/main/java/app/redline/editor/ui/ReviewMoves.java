package app.redline.editor.ui;

import app.redline.review.BulkReviewService;
import app.redline.review.ReviewQueueService;
import app.redline.review.ReviewService;
import org.springframework.stereotype.Component;

/** The review moves the editor offers: submit, approve and reject, "seen" for reviewers, and submit my drafts. */
@Component
record ReviewMoves(ReviewService decisions, ReviewQueueService queue, BulkReviewService bulk) {}
