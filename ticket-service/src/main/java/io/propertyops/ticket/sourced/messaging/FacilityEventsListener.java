package io.propertyops.ticket.sourced.messaging;

import io.propertyops.events.Topics;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import io.propertyops.ticket.sourced.application.SourcedWorkOrders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Facility's findings and due maintenance tasks become work orders. Idempotent: a finding or task handled again — a
 * redelivered batch, or the batch handled record by record after a failure — opens and adds nothing twice.
 *
 * <p>A batch at a time, but decided event by event: the batch reads ahead what its events concern (which work order
 * each source went to, each problem's claim, the work orders held or to be opened — one read each,
 * {@link SourcedWorkOrders#batch}), so a burst of findings or due tasks already handled, or about the same few
 * problems, costs three reads, not three per event; each event is then decided and written in its order, in the trace
 * it was published in. The writes stay one event at a time on purpose: a work order per open problem rests on the
 * claim each finding inserts or hands on (unique, conditional) before its work order is written, across replicas, and
 * a later finding of the same batch must see the earlier one's claim and work order. A failing event fails the batch,
 * which is then handled again event by event (see {@code EventBatches}); the events before it find their work done.
 */
@Component
class FacilityEventsListener {

    private final SourcedWorkOrders sourced;
    private final EventBatches batches;

    FacilityEventsListener(SourcedWorkOrders sourced, EventBatches batches) {
        this.sourced = sourced;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "ticket-facility-work",
            groupId = "${spring.application.name}-facility-${spring.mongodb.database}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> {
            SourcedWorkOrders.Batch ahead = sourced.batch(batch.stream().map(Incoming::event).toList());
            batch.forEach(incoming -> batches.traced(incoming, () -> ahead.handle(incoming.event())));
        });
    }
}
