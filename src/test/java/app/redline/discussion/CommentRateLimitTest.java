package app.redline.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.discussion.CommentRateLimit.Over;
import app.redline.discussion.CommentRateLimit.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic, on given times: no clock to wait for. */
class CommentRateLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Window BURST = new Window(10, Duration.ofSeconds(10));
    private static final Window PERIOD = new Window(60, Duration.ofMinutes(10));
    private static final List<Window> LIMITS = List.of(BURST, PERIOD);

    @Test
    void belowBothLimitsAnotherCommentMayGo() {
        assertThat(CommentRateLimit.over(LIMITS, List.of(), NOW)).isEmpty();
        assertThat(CommentRateLimit.over(LIMITS, everySecondBefore(NOW, 9), NOW)).isEmpty();
    }

    @Test
    void tenCommentsWithinTenSecondsHoldTheNextUntilTheOldestOfThemIsTenSecondsOld() {
        List<Instant> ten = Stream.concat(everySecondBefore(NOW, 9).stream(), Stream.of(NOW.minusMillis(9500))).toList();

        assertThat(CommentRateLimit.over(LIMITS, ten, NOW)).contains(new Over(BURST, Duration.ofMillis(500)));
        assertThat(CommentRateLimit.over(LIMITS, ten, NOW.plusMillis(500))).isEmpty();
    }

    @Test
    void sixtyCommentsInTenMinutesHoldTheNextLongerThanTheBurstDoes() {
        // One every 9 s: never 10 within 10 s, but 60 within 531 s.
        List<Instant> sixty = IntStream.range(0, 60).mapToObj(i -> NOW.minusSeconds(9L * i)).toList();

        assertThat(CommentRateLimit.over(LIMITS, sixty, NOW))
                .contains(new Over(PERIOD, Duration.ofMinutes(10).minusSeconds(9L * 59)));
    }

    @Test
    void whenBothAreFullTheLongerWaitIsTheAnswer() {
        List<Instant> sixtyJustNow = IntStream.range(0, 60).mapToObj(i -> NOW.minusMillis(100L * i)).toList();

        Over over = CommentRateLimit.over(LIMITS, sixtyJustNow, NOW).orElseThrow();

        assertThat(over.window()).isEqualTo(PERIOD);
        assertThat(over.retryAfter()).isEqualTo(Duration.ofMinutes(10).minusMillis(100L * 59));
    }

    @Test
    void commentsOlderThanTheWindowDoNotCount() {
        assertThat(CommentRateLimit.over(LIMITS, everySecondBefore(NOW.minusSeconds(10), 10), NOW)).isEmpty();
    }

    @Test
    void aLimitAllowsAtLeastOneCommentInAPositiveTime() {
        assertThatThrownBy(() -> new Window(0, Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertThat(new CommentRateLimitedException("", Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new CommentRateLimitedException("", Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        assertThat(new CommentRateLimitedException("", Duration.ofMillis(7001)).retryAfterSeconds()).isEqualTo(8);
    }

    /** {@code count} times, newest first, one second apart, the newest one second before {@code end}. */
    private static List<Instant> everySecondBefore(Instant end, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(end::minusSeconds).toList();
    }
}
