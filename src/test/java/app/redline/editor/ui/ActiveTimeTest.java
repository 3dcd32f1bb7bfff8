package app.redline.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActiveTimeTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void countsGapsBetweenSignsOfActivityUpToTheIdleLimit() {
        var time = new ActiveTime();
        time.activity(T0);
        time.activity(T0.plusSeconds(20));
        time.activity(T0.plusSeconds(80)); // exactly the idle limit: still active
        time.activity(T0.plusSeconds(141)); // 61 s of nothing: away, none of it counts

        assertThat(time.take()).isEqualTo(Duration.ofSeconds(80));
        assertThat(time.take()).isZero();
    }

    @Test
    void leavingTheFieldStopsTheClockUntilTheNextSign() {
        var time = new ActiveTime();
        time.activity(T0);
        time.pause(T0.plusSeconds(10));
        time.activity(T0.plusSeconds(40)); // focus again: the 30 s away do not count
        time.activity(T0.plusSeconds(45));

        assertThat(time.take()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aClockGoingBackwardsAddsNothing() {
        var time = new ActiveTime();
        time.activity(T0);
        time.activity(T0.minusSeconds(5));
        time.activity(T0.plusSeconds(1));

        assertThat(time.take()).isEqualTo(Duration.ofSeconds(6));
    }
}
