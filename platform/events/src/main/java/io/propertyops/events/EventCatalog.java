package io.propertyops.events;

import static java.util.stream.Collectors.toUnmodifiableMap;

import io.propertyops.events.billing.BillingEvent;
import io.propertyops.events.facility.FacilityEvent;
import io.propertyops.events.security.SecurityEvent;
import io.propertyops.events.ticket.WorkOrderEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every event type of the platform. A new event is one record annotated with {@link EventType},
 * listed in its topic's sealed interface ({@code permits}) and one JSON schema at {@link #schemaResource(String)}; the tests of
 * this module check that the three agree.
 */
public final class EventCatalog {

    /** Every permitted record of each topic's sealed event interface: a new record in a {@code permits} is catalogued. */
    private static final List<Class<? extends DomainEvent>> ALL = Stream.of(WorkOrderEvent.class, SecurityEvent.class,
                    FacilityEvent.class, BillingEvent.class)
            .flatMap(topic -> Arrays.stream(topic.getPermittedSubclasses()))
            .<Class<? extends DomainEvent>>map(type -> type.asSubclass(DomainEvent.class))
            .toList();

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = ALL.stream()
            .collect(toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    public static List<Class<? extends DomainEvent>> all() {
        return ALL;
    }

    /** The CloudEvents type of an event class, e.g. {@code propertyops.ticket.created.v1}. */
    public static String typeOf(Class<? extends DomainEvent> eventClass) {
        return annotationOf(eventClass).value();
    }

    /** The topic an event class is published on. */
    public static String topicOf(Class<? extends DomainEvent> eventClass) {
        return annotationOf(eventClass).topic();
    }

    /** The record class of a catalogued CloudEvents type, empty for a type this version does not know. */
    public static Optional<Class<? extends DomainEvent>> classOf(String ceType) {
        return Optional.ofNullable(ceType).map(BY_TYPE::get);
    }

    /** The classpath location of the JSON schema (draft 2020-12) of a CloudEvents type. */
    public static String schemaResource(String ceType) {
        return "/schemas/" + ceType + ".json";
    }

    private static EventType annotationOf(Class<? extends DomainEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return annotation;
    }
}
