package io.propertyops.events;

import static java.util.stream.Collectors.toUnmodifiableMap;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.events.facility.RoundCompleted;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderQuoteDecided;
import io.propertyops.events.ticket.WorkOrderQuoted;
import io.propertyops.events.ticket.WorkOrderUrged;
import io.propertyops.events.ticket.WorkOrderUrgencyChanged;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderTaken;
import io.propertyops.events.ticket.WorkOrderDeclined;
import io.propertyops.events.ticket.WorkOrderStarted;
import io.propertyops.events.ticket.WorkOrderPaused;
import io.propertyops.events.ticket.WorkOrderResumed;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderReopened;
import io.propertyops.events.ticket.WorkOrderRevisited;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderArchived;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every event type of the platform. A new event is one record annotated with {@link EventType},
 * one line in {@link #all()} and one JSON schema at {@link #schemaResource(String)}; the tests of
 * this module check that the three agree.
 */
public final class EventCatalog {

    private static final List<Class<? extends DomainEvent>> ALL = List.of(
            WorkOrderCreated.class,
            WorkOrderQuoted.class,
            WorkOrderQuoteDecided.class,
            WorkOrderUrged.class,
            WorkOrderUrgencyChanged.class,
            WorkOrderDueSoon.class,
            WorkOrderOverdue.class,
            WorkOrderEscalated.class,
            WorkOrderAccepted.class,
            WorkOrderDispatched.class,
            WorkOrderTaken.class,
            WorkOrderDeclined.class,
            WorkOrderStarted.class,
            WorkOrderPaused.class,
            WorkOrderResumed.class,
            WorkOrderResolved.class,
            WorkOrderConfirmed.class,
            WorkOrderReopened.class,
            WorkOrderRevisited.class,
            WorkOrderClosed.class,
            WorkOrderCancelled.class,
            WorkOrderArchived.class,
            WorkOrderSourceLinked.class,
            PersonRegistered.class,
            PersonUpdated.class,
            PersonDeactivated.class,
            ResidentBound.class,
            ResidentUnbound.class,
            StaffRolesChanged.class,
            StaffSkillsChanged.class,
            StaffOnDutyChanged.class,
            SmsCodeRequested.class,
            CommunityStructureChanged.class,
            FindingReported.class,
            FindingCleared.class,
            MaintenanceTaskDue.class,
            RoundPointMissed.class,
            RoundCompleted.class);

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
