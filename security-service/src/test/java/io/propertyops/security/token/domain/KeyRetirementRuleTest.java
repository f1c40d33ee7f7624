package io.propertyops.security.token.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRetirementRuleTest {

    @Test
    void aKeyOutlivesTheLongerOfAccessAndIdTokensByTheMargin() {
        assertThat(KeyRetirement.forTokens(Duration.ofMinutes(15), Duration.ofMinutes(5)).keptAfterSuperseded())
                .as("ID tokens live 30 minutes").isEqualTo(Duration.ofMinutes(35));
        assertThat(KeyRetirement.forTokens(Duration.ofHours(1), Duration.ofMinutes(5)).keptAfterSuperseded())
                .isEqualTo(Duration.ofMinutes(65));
    }

    @Test
    void keysSupersededBeforeTheKeptTimeAreRetired() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(new KeyRetirement(Duration.ofMinutes(35)).supersededBefore(now)).isEqualTo(now.minus(Duration.ofMinutes(35)));
    }
}
