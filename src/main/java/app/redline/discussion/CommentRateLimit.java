package app.redline.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many comments per user in a short window (a burst) and in a longer one (a period). The comments table
 * itself is the count, so the limit holds across restarts and across several servers on one database, and nothing
 * is kept in memory.
 */
@Component
class CommentRateLimit {

    /** At most {@code max} comments within any {@code length}. */
    record Window(int max, Duration length) {

        Window {
            if (max < 1 || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("A comment rate limit allows at least 1 comment in a positive time.");
            }
        }
    }

    private final SegmentComments comments;
    private final List<Window> windows;

    CommentRateLimit(SegmentComments comments,
                     @Value("${redline.comments.max-per-burst}") int maxPerBurst,
                     @Value("${redline.comments.burst}") Duration burst,
                     @Value("${redline.comments.max-per-period}") int maxPerPeriod,
                     @Value("${redline.comments.period}") Duration period) {
        this.comments = comments;
        this.windows = List.of(new Window(maxPerBurst, burst), new Window(maxPerPeriod, period));
    }

    /** The window an author is over, and how long until one more comment fits it. */
    record Over(Window window, Duration retryAfter) {}

    /** Call inside the transaction that appends the comment: refuses it when the author is over a limit. */
    void check(String author) {
        comments.lockAuthor(author);
        Instant now = Instant.now(); // as the comment's own time is taken
        Duration longest = windows.stream().map(Window::length).max(Comparator.naturalOrder()).orElseThrow();
        int most = windows.stream().mapToInt(Window::max).max().orElseThrow();
        over(windows, comments.postedBy(author, now.minus(longest), most), now).ifPresent(over -> {
            throw new CommentRateLimitedException("You have posted " + over.window().max() + " comments within "
                    + words(over.window().length()) + ". Wait " + words(over.retryAfter()) + " before posting the next one.",
                    over.retryAfter());
        });
    }

    /** The full window that stays full longest, given the author's recent comments, newest first. */
    static Optional<Over> over(List<Window> windows, List<Instant> newestFirst, Instant now) {
        return windows.stream()
                .flatMap(window -> waitFor(window, newestFirst, now).map(wait -> new Over(window, wait)).stream())
                .max(Comparator.comparing(Over::retryAfter));
    }

    /**
     * How long until one more comment fits the window, if the author's comments (newest first) fill it now: the
     * oldest of the window's last {@code max} comments has to leave it first.
     */
    static Optional<Duration> waitFor(Window window, List<Instant> newestFirst, Instant now) {
        Instant since = now.minus(window.length());
        long within = newestFirst.stream().filter(at -> at.isAfter(since)).count();
        if (within < window.max()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, newestFirst.get(window.max() - 1).plus(window.length()));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    private static String words(Duration duration) {
        long seconds = Math.max(1, duration.plusMillis(999).toSeconds());
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
