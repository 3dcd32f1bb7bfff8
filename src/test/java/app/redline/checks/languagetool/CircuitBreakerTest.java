package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.checks.languagetool.CircuitBreaker.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock();
    private final CircuitBreaker breaker = new CircuitBreaker("test server", 3, Duration.ofSeconds(30), clock);

    @Test
    void staysClosedWhileFailuresAreFewerThanTheThreshold() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aSuccessResetsTheFailuresInARow() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.succeeded();
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void opensAfterTheThresholdAndFailsFastUntilTheCoolDownHasPassed() {
        fail(3);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void afterTheCoolDownOneTrialGoesThroughAndItsSuccessClosesTheCircuit() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("a second caller while the trial runs").isFalse();
        breaker.succeeded();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherCoolDown() {
        fail(3);
        clock.advance(Duration.ofSeconds(31));

        assertThat(breaker.tryAcquire()).isTrue();
        breaker.failed();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.tryAcquire()).as("the cool-down counts from the failed trial").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void needsAThresholdOfAtLeastOne() {
        assertThatThrownBy(() -> new CircuitBreaker("test", 0, Duration.ofSeconds(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.failed();
        }
    }
}
