package app.redline.discussion;

import app.redline.base.UserMessageException;
import java.time.Duration;

/** The user posted as many comments as the limit allows for now; {@link #retryAfter()} says when the next may go. */
public class CommentRateLimitedException extends UserMessageException {

    private final Duration retryAfter;

    CommentRateLimitedException(String message, Duration retryAfter) {
        super(Kind.TOO_MANY, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as a Retry-After header gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusMillis(999).toSeconds());
    }
}
