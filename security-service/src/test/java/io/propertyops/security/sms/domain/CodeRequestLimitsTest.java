package io.propertyops.security.sms.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeRequestLimitsTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void aPhoneWaitsAMinuteBetweenRequests() {
        assertThat(CodeRequestLimits.retryAfter(List.of(NOW.minusSeconds(20)), List.of(), NOW)).hasValue(40);
        assertThat(CodeRequestLimits.retryAfter(List.of(NOW.minusSeconds(60)), List.of(), NOW)).isEmpty();
    }

    @Test
    void theSixthRequestOfAPhoneWithinTheHourWaitsForTheOldestToLeaveIt() {
        List<Instant> fiveInTenMinutes = IntStream.range(0, 5).mapToObj(i -> NOW.minus(Duration.ofMinutes(10 - 2L * i))).toList();

        assertThat(CodeRequestLimits.retryAfter(fiveInTenMinutes, List.of(), NOW)).hasValue(Duration.ofMinutes(50).toSeconds());
    }

    @Test
    void anAddressAsksTwentyTimesAnHour() {
        List<Instant> nineteen = Collections.nCopies(19, NOW.minusSeconds(5));

        assertThat(CodeRequestLimits.retryAfter(List.of(), nineteen, NOW)).isEmpty();
        assertThat(CodeRequestLimits.retryAfter(List.of(), Collections.nCopies(20, NOW.minusSeconds(5)), NOW)).hasValue(3600);
    }
}
