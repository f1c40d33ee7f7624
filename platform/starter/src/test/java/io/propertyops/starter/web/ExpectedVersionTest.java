package io.propertyops.starter.web;

import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionTest {

    @Test
    void anETagThisApiGaveNamesItsVersionQuotedWeakOrBare() {
        assertThat(ExpectedVersion.of("\"3\"").orNull()).isEqualTo(3L);
        assertThat(ExpectedVersion.of("W/\"12\"").orNull()).isEqualTo(12L);
        assertThat(ExpectedVersion.of(" 7 ").orNull()).isEqualTo(7L);
    }

    @Test
    void noIfMatchOrAStarMeansAnyVersion() {
        assertThat(ExpectedVersion.of(null).orNull()).isNull();
        assertThat(ExpectedVersion.of("").orNull()).isNull();
        assertThat(ExpectedVersion.of("*").orNull()).isNull();
    }

    @Test
    void anythingElseIsARuleViolationNamingTheHeader() {
        for (String bad : new String[] {"\"abc\"", "1234567890123456789", "\"3\", \"4\"", "-1"}) {
            assertThatThrownBy(() -> ExpectedVersion.of(bad)).as(bad).isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("If-Match"))
                    .hasMessageContaining("ETag");
        }
    }
}
