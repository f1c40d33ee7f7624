package io.propertyops.facility.meter.persistence;

import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A unit's owners reminded of its unread meters in a month, by {@code <unitId>:<month>}: inserted once, with its
 * {@code MeterReadingMissing} waiting until the relay sent it.
 */
@Document(ReadingReminderDocument.COLLECTION)
record ReadingReminderDocument(@Id String id, String communityId, String unitId, String month, List<String> meterIds,
                               Instant remindedAt, List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "meter_reading_reminders";

    static ReadingReminderDocument of(MeterReadingMissing event, List<OutboxMessage> events) {
        return new ReadingReminderDocument(event.unitId() + ":" + event.month(), event.communityId(), event.unitId(),
                event.month(), event.meters().stream().map(MeterReadingMissing.Meter::meterId).toList(),
                event.occurredAt(), events);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
