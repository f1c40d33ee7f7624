package io.propertyops.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderCreated;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventEnvelopeTest {

    private static final String SOURCE = "/ticket-service";

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void roundTripsThroughKafkaHeaders(Class<? extends DomainEvent> type) {
        DomainEvent event = SampleEvents.sampleOf(type);
        EventEnvelope sent = EventEnvelope.of(event, SOURCE);

        EventEnvelope received = EventEnvelope.fromHeaders(sent.headers(), sent.data());

        assertThat(received).isEqualTo(sent);
        assertThat(received.decode()).isEqualTo(event);
        assertThat(received.decode(type)).isEqualTo(event);
    }

    @Test
    void takesItsAttributesFromTheEvent() {
        WorkOrderCreated leak = SampleEvents.emergencyWaterLeak();

        EventEnvelope envelope = EventEnvelope.of(leak, SOURCE);

        assertThat(envelope.id()).isEqualTo(leak.eventId());
        assertThat(envelope.type()).isEqualTo("propertyops.ticket.created.v1");
        assertThat(envelope.source()).isEqualTo(SOURCE);
        assertThat(envelope.subject()).isEqualTo(leak.aggregateId());
        assertThat(envelope.time()).isEqualTo(leak.occurredAt());
        assertThat(envelope.data()).isEqualTo(EventJson.write(leak));
    }

    @Test
    void writesBinaryModeHeaders() {
        WorkOrderCreated leak = SampleEvents.emergencyWaterLeak();

        Map<String, String> headers = asStrings(EventEnvelope.of(leak, SOURCE).headers());

        assertThat(headers).containsOnly(
                entry("ce_specversion", "1.0"),
                entry("ce_id", leak.eventId()),
                entry("ce_type", "propertyops.ticket.created.v1"),
                entry("ce_source", SOURCE),
                entry("ce_subject", leak.aggregateId()),
                entry("ce_time", "2026-11-23T08:15:30.123456Z"),
                entry("content-type", "application/json"));
    }

    @Test
    void leavesOutOptionalAttributesThatAreAbsent() {
        EventEnvelope envelope = new EventEnvelope("id-1", "propertyops.ticket.created.v1", SOURCE, null, null, new byte[0]);

        assertThat(envelope.headers()).containsOnlyKeys("ce_specversion", "ce_id", "ce_type", "ce_source", "content-type");
    }

    @Test
    void readsATimeWithAnOffset() {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());
        headers.put(CloudEventHeaders.TIME, "2026-11-23T16:15:30+08:00".getBytes(UTF_8));

        assertThat(EventEnvelope.fromHeaders(headers, new byte[0]).time()).isEqualTo(Instant.parse("2026-11-23T08:15:30Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_type", "ce_source", "ce_specversion"})
    void rejectsAMissingRequiredHeader(String header) {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());
        headers.remove(header);

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(header);
    }

    @Test
    void rejectsABlankRequiredHeader() {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());
        headers.put(CloudEventHeaders.TYPE, new byte[0]);

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void rejectsAnotherSpecVersion() {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());
        headers.put(CloudEventHeaders.SPEC_VERSION, "0.3".getBytes(UTF_8));

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("0.3");
    }

    @Test
    void rejectsATimeThatIsNotRfc3339() {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());
        headers.put(CloudEventHeaders.TIME, "23/11/2026 08:15".getBytes(UTF_8));

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_time");
    }

    @Test
    void rejectsAMessageWithoutData() {
        Map<String, byte[]> headers = headersOf(SampleEvents.emergencyWaterLeak());

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, null))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void cannotDecodeAnUnknownType() {
        EventEnvelope envelope = new EventEnvelope("id-1", "propertyops.ticket.teleported.v1", SOURCE, null, null,
                "{}".getBytes(UTF_8));

        assertThatThrownBy(envelope::decode)
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("propertyops.ticket.teleported.v1");
    }

    @Test
    void cannotDecodeDataThatIsNotJson() {
        EventEnvelope envelope = new EventEnvelope("id-1", "propertyops.ticket.created.v1", SOURCE, null, null,
                "<xml/>".getBytes(UTF_8));

        assertThatThrownBy(envelope::decode)
                .isInstanceOf(MalformedEventException.class)
                .hasCauseInstanceOf(EventJsonException.class);
    }

    @Test
    void cannotDecodeDataMissingARequiredField() {
        EventEnvelope envelope = new EventEnvelope("id-1", "propertyops.ticket.created.v1", SOURCE, null, null,
                "{\"eventId\":\"id-1\"}".getBytes(UTF_8));

        assertThatThrownBy(envelope::decode).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void cannotDecodeJsonNull() {
        EventEnvelope envelope = new EventEnvelope("id-1", "propertyops.ticket.created.v1", SOURCE, null, null,
                "null".getBytes(UTF_8));

        assertThatThrownBy(envelope::decode).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesToDecodeAsTheClassOfAnotherType() {
        EventEnvelope envelope = EventEnvelope.of(SampleEvents.emergencyWaterLeak(), SOURCE);

        assertThatThrownBy(() -> envelope.decode(PersonRegistered.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesDataByContentAndKeepsItImmutable() {
        byte[] data = "{}".getBytes(UTF_8);
        EventEnvelope envelope = new EventEnvelope("id-1", "t", SOURCE, "s", null, data);
        data[0] = 'x';
        envelope.data()[0] = 'x';

        EventEnvelope same = new EventEnvelope("id-1", "t", SOURCE, "s", null, "{}".getBytes(UTF_8));
        assertThat(envelope).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(envelope).isNotEqualTo(new EventEnvelope("id-1", "t", SOURCE, "s", null, "[]".getBytes(UTF_8)));
        assertThat(envelope).hasToString("EventEnvelope[id=id-1, type=t, source=/ticket-service, subject=s, time=null, data=2 bytes]");
    }

    private static Map<String, byte[]> headersOf(DomainEvent event) {
        return new HashMap<>(EventEnvelope.of(event, SOURCE).headers());
    }

    private static Map<String, String> asStrings(Map<String, byte[]> headers) {
        Map<String, String> strings = new HashMap<>();
        headers.forEach((name, value) -> strings.put(name, new String(value, UTF_8)));
        return strings;
    }
}
