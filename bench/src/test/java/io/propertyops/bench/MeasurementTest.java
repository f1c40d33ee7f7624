package io.propertyops.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasurementTest {

    @Test
    void percentilesAreInMillisecondsAndThroughputCountsOnlyTheExpectedAnswers() {
        Histogram micros = Measurement.histogram();
        for (int i = 1; i <= 100; i++) {
            micros.recordValue(i * 1_000L);                 // 1 ms … 100 ms
        }

        Measurement measured = Measurement.of("intake", 16, micros, Map.of("429", 5L, "500", 1L), Duration.ofSeconds(4));

        assertThat(measured.ok()).isEqualTo(100);
        assertThat(measured.failed()).isEqualTo(6);
        assertThat(measured.perSecond()).isEqualTo(25.0);
        assertThat(measured.p50()).isCloseTo(50.0, within(0.1));
        assertThat(measured.p90()).isCloseTo(90.0, within(0.1));
        assertThat(measured.p99()).isCloseTo(99.0, within(0.1));
        assertThat(measured.max()).isCloseTo(100.0, within(0.1));
    }

    @Test
    void aStepWhereNothingSucceededReportsZeroesNotGarbage() {
        Measurement measured = Measurement.of("down", 1, Measurement.histogram(), Map.of("503", 3L), Duration.ofSeconds(1));

        assertThat(measured.perSecond()).isZero();
        assertThat(measured.p99()).isZero();
        assertThat(measured.max()).isZero();
        assertThat(measured.failures()).containsEntry("503", 3L);
    }
}
