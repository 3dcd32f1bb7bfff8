package app.redline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    /** The defaults: 5 failures per account in 15 minutes, 100 per address in 5 minutes. */
    private final LoginThrottle throttle = new LoginThrottle(5, 100, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);

    @Test
    void blocksAnAccountAfterRepeatedFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blockedFor("Tina", "10.0.0." + i)).isEmpty();
            throttle.recordFailure("tina", "10.0.0." + i);
        }
        assertThat(throttle.blockedFor("tina", "10.0.0.9")).hasValueSatisfying(left ->
                assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blockedFor("tina", "10.0.0.9")).isEmpty();
    }

    @Test
    void oneColleaguesTyposDoNotLockOutTheOfficeBehindTheSameAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("tina", "198.51.100.7");
        }

        assertThat(throttle.blockedFor("tina", "198.51.100.7")).isPresent();
        assertThat(throttle.blockedFor("mark", "198.51.100.7")).isEmpty();
    }

    @Test
    void aWholeOfficeMistypingNowAndThenKeepsSigningIn() {
        for (int colleague = 0; colleague < 40; colleague++) {
            throttle.recordFailure("colleague" + colleague, "198.51.100.7");
            throttle.recordFailure("colleague" + colleague, "198.51.100.7");
        }

        assertThat(throttle.blockedFor("colleague41", "198.51.100.7")).isEmpty();
    }

    @Test
    void blocksAnAddressSprayingManyAccountsForTheShortAddressWindowOnly() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("user" + i, "192.0.2.1");
        }
        assertThat(throttle.blockedFor("someone-else", "192.0.2.1")).hasValueSatisfying(left ->
                assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        assertThat(throttle.blockedFor("someone-else", "192.0.2.2")).isEmpty();

        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.blockedFor("someone-else", "192.0.2.1")).isEmpty();
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("tina", "10.0.0.1");
        }
        throttle.recordSuccess("tina");
        throttle.recordFailure("tina", "10.0.0.1");
        assertThat(throttle.blockedFor("tina", "10.0.0.1")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
