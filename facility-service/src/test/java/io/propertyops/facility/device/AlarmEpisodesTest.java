package io.propertyops.facility.device;

import io.propertyops.facility.device.domain.AlarmEpisodes;
import io.propertyops.facility.device.domain.AlarmEpisodes.Signal;
import io.propertyops.facility.device.domain.AlarmEpisodes.State;
import io.propertyops.facility.device.domain.Signatures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlarmEpisodesTest {

    static final Instant T = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void aRaiseWhileOpenAddsNothingAndARaiseAfterAClearIsANewEpisode() {
        AlarmEpisodes.Changes first = AlarmEpisodes.none("gw/pump-2/pressure-low").apply(List.of(
                new Signal(State.RAISED, T), new Signal(State.RAISED, T.plusSeconds(60))));
        assertThat(first.raised()).hasSize(1);
        assertThat(first.after().open()).isTrue();

        AlarmEpisodes.Changes later = first.after().apply(List.of(new Signal(State.RAISED, T.plusSeconds(900)),
                new Signal(State.CLEARED, T.plusSeconds(300))));
        assertThat(later.cleared()).containsExactly(first.raised().getFirst().findingId());
        assertThat(later.raised()).hasSize(1);
        assertThat(later.raised().getFirst().findingId()).isNotEqualTo(first.raised().getFirst().findingId());
    }

    @Test
    void oldNewsAndTheSameSignalsAgainChangeNothing() {
        AlarmEpisodes.Changes raised = AlarmEpisodes.none("k").apply(List.of(new Signal(State.RAISED, T),
                new Signal(State.CLEARED, T.plusSeconds(60))));
        AlarmEpisodes.Changes again = raised.after().apply(List.of(new Signal(State.RAISED, T),
                new Signal(State.CLEARED, T.plusSeconds(60))));

        assertThat(again.raised()).isEmpty();
        assertThat(again.cleared()).isEmpty();
        assertThat(again.after()).isEqualTo(raised.after());
    }

    @Test
    void aSignatureIsTheSecretsOverTheTimestampAndTheBodyAndTheTimestampMustBeFresh() {
        byte[] body = "{\"batchId\":\"b1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.sign("s3cret", "1795397400", body);

        assertThat(Signatures.matches("s3cret", "1795397400", body, "sha256=" + signature)).isTrue();
        assertThat(Signatures.matches("s3cret", "1795397401", body, signature)).isFalse();
        assertThat(Signatures.matches("other", "1795397400", body, signature)).isFalse();
        assertThat(Signatures.fresh("1795397400", Instant.ofEpochSecond(1795397400 + 299))).isTrue();
        assertThat(Signatures.fresh("1795397400", Instant.ofEpochSecond(1795397400 + 301))).isFalse();
        assertThat(Signatures.fresh("1795397400", Instant.ofEpochSecond(1795397400 - 301))).isFalse();
        assertThat(Signatures.fresh("soon", Instant.ofEpochSecond(1795397400))).isFalse();
    }
}
