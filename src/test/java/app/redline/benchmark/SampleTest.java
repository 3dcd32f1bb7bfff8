package app.redline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleTest {

    private static final Sample ONE_TO_A_HUNDRED_SHUFFLED = Sample.of(shuffled(100));

    @Test
    void percentilesAreNearestRankSoEachIsATimingThatHappened() {
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.p50()).isEqualTo(50);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.median()).isEqualTo(50);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.p95()).isEqualTo(95);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.percentile(1)).isEqualTo(1);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.percentile(0)).isEqualTo(1);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.percentile(100)).isEqualTo(100);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.max()).isEqualTo(100);
        assertThat(ONE_TO_A_HUNDRED_SHUFFLED.size()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        assertThat(Sample.of(30, 10, 20).median()).isEqualTo(20);
        assertThat(Sample.of(40, 10, 30, 20).median()).as("the lower middle of an even count").isEqualTo(20);
        assertThat(Sample.of(shuffled(20)).p95()).as("the 19th of 20").isEqualTo(19);
        assertThat(Sample.of(7).p95()).isEqualTo(7);
        assertThat(Sample.of(7).max()).isEqualTo(7);
    }

    @Test
    void theSampleKeepsItsOwnCopyOfTheTimings() {
        List<Double> timings = new ArrayList<>(List.of(5.0, 1.0, 3.0));
        Sample sample = Sample.of(timings);
        timings.add(100.0);
        assertThat(sample.max()).isEqualTo(5);
        assertThat(timings).containsExactly(5.0, 1.0, 3.0, 100.0);
    }

    @Test
    void ofRunsTimesEachRun() {
        int[] runs = {0};
        Sample sample = Sample.ofRuns(4, () -> runs[0]++);
        assertThat(runs[0]).isEqualTo(4);
        assertThat(sample.size()).isEqualTo(4);
        assertThat(sample.percentile(0)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void anEmptySampleOrAPercentileOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Sample.of(List.of())).hasMessage("A sample needs at least one timing");
        assertThatThrownBy(() -> Sample.of(1, 2).percentile(101)).hasMessageContaining("between 0 and 100");
    }

    private static List<Double> shuffled(int count) {
        List<Double> values = new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(i -> (double) i).toList());
        java.util.Collections.shuffle(values, new java.util.Random(11));
        return values;
    }
}
