package io.propertyops.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.ticket.WorkOrderCreated;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    private static final Pattern CE_TYPE = Pattern.compile("propertyops\\.([a-z]+)\\.[a-z-]+\\.v\\d+");

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void everyCataloguedTypeHasASample(Class<? extends DomainEvent> type) {
        assertThat(SampleEvents.sampleOf(type)).isInstanceOf(type);
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void typeIsAVersionedLogicalNameOnItsDomainTopic(Class<? extends DomainEvent> type) {
        Matcher ceType = CE_TYPE.matcher(EventCatalog.typeOf(type));

        assertThat(ceType.matches()).as("%s matches %s", ceType, CE_TYPE).isTrue();
        assertThat(EventCatalog.topicOf(type))
                .isIn(Topics.ALL)
                .startsWith("propertyops." + ceType.group(1) + ".");
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void findsTheClassOfEachType(Class<? extends DomainEvent> type) {
        assertThat(EventCatalog.classOf(EventCatalog.typeOf(type))).contains(type);
    }

    @Test
    void knowsNoClassForAnUnknownType() {
        assertThat(EventCatalog.classOf("propertyops.ticket.teleported.v1")).isEmpty();
        assertThat(EventCatalog.classOf(null)).isEmpty();
    }

    @Test
    void namesTheSchemaAfterTheType() {
        assertThat(EventCatalog.schemaResource("propertyops.ticket.created.v1"))
                .isEqualTo("/schemas/propertyops.ticket.created.v1.json");
        assertThat(EventCatalog.typeOf(WorkOrderCreated.class)).isEqualTo("propertyops.ticket.created.v1");
        assertThat(EventCatalog.topicOf(WorkOrderCreated.class)).isEqualTo(Topics.TICKET);
    }

    @Test
    void rejectsAnEventClassWithoutEventType() {
        record Unnamed(String eventId, String aggregateId, Instant occurredAt) implements DomainEvent {
        }

        assertThatThrownBy(() -> EventCatalog.typeOf(Unnamed.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventType");
    }
}
