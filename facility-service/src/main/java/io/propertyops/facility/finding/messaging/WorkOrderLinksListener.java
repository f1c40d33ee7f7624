package io.propertyops.facility.finding.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.starter.messaging.EventBatches;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the work order each finding went to, from ticket-service's {@code WorkOrderSourceLinked} (source kind
 * {@code FINDING}): a batch at a time, one bulk write; setting the same link again changes nothing, so a
 * redelivered event is harmless.
 */
@Component
class WorkOrderLinksListener {

    static final String FINDING = "FINDING";

    private final Findings findings;
    private final EventBatches batches;

    WorkOrderLinksListener(Findings findings, EventBatches batches) {
        this.findings = findings;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "facility-finding-links",
            groupId = "${spring.application.name}-finding-links-${spring.mongodb.database}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> {
            List<Findings.Link> links = new ArrayList<>();
            batch.forEach(incoming -> {
                if (incoming.event() instanceof WorkOrderSourceLinked linked && FINDING.equals(linked.sourceKind())) {
                    links.add(new Findings.Link(linked.sourceId(), linked.aggregateId(), linked.workOrder().number()));
                }
            });
            findings.linked(links);
        });
    }
}
