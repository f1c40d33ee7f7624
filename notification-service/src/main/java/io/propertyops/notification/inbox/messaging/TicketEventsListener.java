package io.propertyops.notification.inbox.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillingEvent;
import io.propertyops.events.facility.FacilityEvent;
import io.propertyops.events.ticket.WorkOrderEvent;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.MessageComposer.Message;
import io.propertyops.notification.catalogue.domain.MessageComposer.Occasion;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.notification.catalogue.domain.Subjects;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns work-order, facility and billing events (a missed inspection point, an expiring certificate, a reading window
 * opening, a bill issued, a payment received, an approval asked for…) into inbox messages as the catalogue says, and
 * plans their SMS, push and email deliveries by each person's preferences; a row to a whole community's residents is
 * told a batch of residents at a time. Each person gets a message of an event at most once per channel (inbox and
 * deliveries are unique on event, recipient and channel), however often Kafka delivers it — or, for a row told
 * {@code once} per value (a late fee posted every day on one charge), once per those values.
 *
 * <p>A batch at a time: the messages of all its events are composed first (one read each of the community roles
 * and the preferences of everyone concerned), then written in one bulk insert into the inbox and one into the
 * deliveries (one read each of the directory and the devices). Written again — a redelivered batch, or the same
 * batch handled one event at a time after a failure — it changes nothing.
 */
@Component
class TicketEventsListener {

    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    /**
     * A message one event owes one person.
     *
     * @param occasionId what the inbox and deliveries are unique on with the person: the event's id, or what the
     *                   row is told once for ({@link MessageRule#occasionId})
     */
    private record Owed(Incoming event, String occasionId, Message message, Instant at) {
    }

    private final MessageCatalogue catalogue;
    private final Messages messages;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Clock clock;
    private final EventBatches batches;
    private final RecipientDirectory directory;
    private final int residentsBatch;

    TicketEventsListener(MessageCatalogue catalogue, Messages messages, Inbox inbox, Deliveries deliveries,
                         Clock clock, EventBatches batches, RecipientDirectory directory,
                         @Value("${propertyops.notification.residents-batch:1000}") int residentsBatch) {
        this.directory = directory;
        this.residentsBatch = residentsBatch;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.messages = messages;
        this.inbox = inbox;
        this.clock = clock;
        this.batches = batches;
    }

    @KafkaListener(topics = {Topics.TICKET, Topics.FACILITY, Topics.BILLING}, id = "notification-work-orders")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, this::tell);
    }

    private void tell(List<Incoming> batch) {
        List<Incoming> events = new ArrayList<>();
        List<EventFields> fields = new ArrayList<>();
        List<Occasion> occasions = new ArrayList<>();
        List<Integer> eventOf = new ArrayList<>();
        for (Incoming incoming : batch) {
            if (incoming.event() instanceof WorkOrderEvent || incoming.event() instanceof FacilityEvent
                    || incoming.event() instanceof BillingEvent) {
                EventFields data = messages.fields(incoming.envelope().data());
                for (MessageRule rule : catalogue.rulesFor(incoming.envelope().type(), data)) {
                    occasions.add(new Occasion(rule, data));
                    eventOf.add(events.size());
                }
                events.add(incoming);
                fields.add(data);
            }
        }
        List<List<Message>> composed = messages.compose(occasions);
        List<Owed> owed = new ArrayList<>();
        Instant[] at = new Instant[events.size()];
        for (int i = 0; i < occasions.size(); i++) {
            int event = eventOf.get(i);
            // each event's own instant, so a person's messages keep the order of their events
            at[event] = at[event] != null ? at[event] : clock.instant();
            String occasionId = occasions.get(i).rule().occasionId(events.get(event).envelope().id(),
                    occasions.get(i).fields());
            for (Message message : composed.get(i)) {
                owed.add(new Owed(events.get(event), occasionId, message, at[event]));
            }
        }
        Map<String, Integer> newByEvent = new HashMap<>();
        Map<String, String> eventOfOccasion = new HashMap<>();
        owed.forEach(o -> eventOfOccasion.put(o.occasionId(), o.event().envelope().id()));
        deliver(owed).forEach(entry -> newByEvent.merge(eventOfOccasion.get(entry.eventId()), 1, Integer::sum));
        for (int i = 0; i < occasions.size(); i++) {
            if (catalogue.tellsWholeCommunity(occasions.get(i))) {
                Incoming event = events.get(eventOf.get(i));
                int told = tellResidents(event, occasions.get(i), at[eventOf.get(i)]);
                if (told > 0) {
                    newByEvent.merge(event.envelope().id(), told, Integer::sum);
                }
            }
        }
        report(events, fields, newByEvent);
    }

    /** Into the inbox, and the deliveries planned; the inbox entries that were new. */
    private List<InboxEntry> deliver(List<Owed> owed) {
        List<InboxEntry> delivered = inbox.deliver(owed.stream().map(TicketEventsListener::entry).toList());
        deliveries.plan(owed.stream().map(o -> new Deliveries.Owed(o.occasionId(), o.message(), o.at())).toList());
        return delivered;
    }

    /**
     * Tells a whole community's owners and residents, a batch at a time as an announcement does: composed, delivered
     * and planned per batch, so ten thousand households never sit in memory at once; handled again, it adds nothing.
     */
    private int tellResidents(Incoming event, Occasion occasion, Instant at) {
        int[] told = {0};
        directory.residentsInBatches(List.of(occasion.fields().text("communityId").orElseThrow()), null, residentsBatch,
                batch -> told[0] += deliver(messages.composeFor(occasion, batch.stream().map(Recipient::id).toList())
                        .stream().map(message -> new Owed(event, occasion.rule().occasionId(event.envelope().id(),
                                occasion.fields()), message, at)).toList()).size());
        return told[0];
    }

    private static InboxEntry entry(Owed owed) {
        Message message = owed.message();
        return new InboxEntry(null, owed.occasionId(), message.recipientId(), InboxEntry.IN_APP,
                message.kind(), message.title(), message.body(), Subjects.typeOf(owed.event().topic()), owed.event().key(),
                owed.at(), null,
                message.priority());
    }

    /** One line per event that brought new messages, in the trace of the request that caused it. */
    private void report(List<Incoming> events, List<EventFields> fields, Map<String, Integer> newByEvent) {
        for (int i = 0; i < events.size(); i++) {
            Incoming event = events.get(i);
            Integer count = newByEvent.remove(event.envelope().id());
            if (count != null) {
                EventFields data = fields.get(i);
                batches.traced(event, () -> log.info("{} of {} ({}): {} inbox messages delivered",
                        event.envelope().type(), data.text("number").orElse(Subjects.typeOf(event.topic())), event.key(),
                        count));
            }
        }
    }
}
