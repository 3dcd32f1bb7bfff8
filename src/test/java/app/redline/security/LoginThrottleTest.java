package app.redline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void blocksAnAccountAfterRepeatedFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blockedFor("Tina", "10.0.0." + i)).isEmpty();
            throttle.recordFailure("tina", "10.0.0." + i);
        }
        assertThat(throttle.blockedFor("tina", "10.0.0.9")).hasValueSatisfying(left ->
                assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blockedFor("tina", "10.0.0.9")).isEmpty();
    }

    @Test
    void blocksAnAddressSprayingManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i, "192.0.2.1");
        }
        assertThat(throttle.blockedFor("someone-else", "192.0.2.1")).isPresent();
        assertThat(throttle.blockedFor("someone-else", "192.0.2.2")).isEmpty();
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.recordFailure("tina", "10.0.0.1");
        throttle.recordFailure("tina", "10.0.0.1");
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
