package io.propertyops.notification.webhook;

import io.propertyops.notification.webhook.application.WebhookProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final WebhookProperties defaults = new WebhookProperties(false, List.of(), Duration.ofSeconds(30),
            Duration.ofHours(1), Duration.ofHours(25), Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(60));

    @Test
    void waitsThirtySecondsThenDoublesUpToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 7, 8, 9, 40).stream().map(defaults::backOff)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void keepsTryingForMoreThanADayAndThenGivesUp() {
        Instant first = Instant.parse("2026-11-24T08:00:00Z");
        Instant retryUntil = first.plus(defaults.retryFor());
        List<Instant> attempts = new ArrayList<>(List.of(first));
        Optional<Instant> next = defaults.nextAttempt(first, 1, retryUntil);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = defaults.nextAttempt(next.get(), attempts.size(), retryUntil);
        }

        assertThat(Duration.between(first, attempts.getLast())).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts.getLast()).isBeforeOrEqualTo(retryUntil);
        assertThat(attempts).hasSizeBetween(25, 40);
    }
}
