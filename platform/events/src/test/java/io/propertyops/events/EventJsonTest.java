package io.propertyops.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderCreated;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventJsonTest {

    @Test
    void writesInstantsAsIsoStrings() {
        JsonNode json = EventJson.mapper().readTree(EventJson.write(SampleEvents.emergencyWaterLeak()));

        assertThat(json.get("occurredAt").asString()).isEqualTo("2026-11-23T08:15:30.123456Z");
    }

    @Test
    void leavesOutNullFields() {
        WorkOrderCreated commonArea = new WorkOrderCreated("e-1", "wo-1", Instant.parse("2026-11-23T08:00:00Z"),
                "WO-20261123-0001", "community-1", null, "person-1", null, "REPAIR", "elevator", "URGENT",
                "HOTLINE", "Lift stuck", null, null);

        String json = new String(EventJson.write(commonArea), UTF_8);

        assertThat(json).doesNotContain("unitId", "reporterName", "description", "location", "null");
        assertThat(EventJson.read(json.getBytes(UTF_8), WorkOrderCreated.class)).isEqualTo(commonArea);
    }

    @Test
    void ignoresUnknownProperties() {
        byte[] json = "{\"eventId\":\"e-1\",\"aggregateId\":\"p-1\",\"occurredAt\":\"2026-11-20T01:00:00Z\",\"name\":\"王\",\"roles\":[],\"communityIds\":[],\"unitIds\":[],\"skills\":[],\"nickname\":\"老王\"}"
                .getBytes(UTF_8);

        assertThat(EventJson.read(json, PersonRegistered.class).name()).isEqualTo("王");
    }

    @Test
    void wrapsFailuresInItsOwnUncheckedException() {
        assertThatThrownBy(() -> EventJson.read("{".getBytes(UTF_8), WorkOrderCreated.class))
                .isInstanceOf(EventJsonException.class)
                .hasMessageContaining(WorkOrderCreated.class.getName());
    }
}
