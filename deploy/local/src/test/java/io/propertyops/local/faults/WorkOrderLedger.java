package io.propertyops.local.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform's guarantees say about the work orders, checked against the stores themselves: the
 * ticket database, the ticket topic read from its beginning, and the notification inbox.
 *
 * <p>"Exactly one created event" means exactly one distinct {@code ce_id} per work order: the outbox
 * delivers at least once, so the same event may sit on the topic twice (acknowledged, then the service
 * died before removing it from its document), which consumers absorb by their unique keys; a second
 * event id would be a second creation and is never allowed.
 */
final class WorkOrderLedger {

    static final String CREATED = "propertyops.ticket.created.v1";
    private static final String TICKET_TOPIC = "propertyops.ticket.v1";

    private final String mongoUri;
    private final String kafkaBootstrap;
    /** Work orders an earlier check has judged, right or wrong: each check answers for its own. */
    private final Set<String> judged = new HashSet<>();

    WorkOrderLedger(String mongoUri, String kafkaBootstrap) {
        this.mongoUri = mongoUri;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /**
     * For the work orders not judged before: every one answered 201 is stored; every stored work order has exactly one created event and
     * no event waiting in its document, every created event belongs to a stored work order (nothing
     * half-written either way), and the reporter has exactly one inbox message for it.
     */
    void assertEachReportedExactlyOnce(Collection<String> answeredCreated) {
        Map<String, Set<String>> createdEventIds = createdEventIdsByWorkOrder();
        createdEventIds.keySet().removeAll(judged);
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            Map<String, Document> stored = new TreeMap<>();
            mongo.getDatabase("propertyops_ticket").getCollection("work_orders").find(Filters.nin("_id", judged))
                    .forEach(document -> stored.put(document.getString("_id"), document));
            var inbox = mongo.getDatabase("propertyops_notification").getCollection("inbox");

            assertThat(stored.keySet()).as("work orders answered 201 are stored").containsAll(answeredCreated);
            assertThat(createdEventIds.keySet()).as("work orders with a created event on the topic = stored work orders")
                    .containsExactlyInAnyOrderElementsOf(stored.keySet());
            Map<String, Object> pending = new TreeMap<>();
            Map<String, Set<String>> notOnce = new TreeMap<>();
            Map<String, Long> notToldOnce = new TreeMap<>();
            for (Document workOrder : stored.values()) {
                String id = workOrder.getString("_id");
                if (!workOrder.getList("pendingEvents", Object.class, java.util.List.of()).isEmpty()) {
                    pending.put(id, workOrder.get("pendingEvents"));
                }
                Set<String> events = createdEventIds.getOrDefault(id, Set.of());
                if (events.size() != 1) {
                    notOnce.put(id, events);
                }
                long told = inbox.countDocuments(Filters.and(Filters.eq("recipientId", workOrder.getString("reporterId")),
                        Filters.in("eventId", events)));
                if (told != 1) {
                    notToldOnce.put(id, told);
                }
            }
            assertThat(pending).as("work orders with events still waiting in the outbox").isEmpty();
            assertThat(notOnce).as("work orders without exactly one distinct created event id").isEmpty();
            assertThat(notToldOnce).as("work orders whose reporter has not exactly one inbox message for the creation").isEmpty();
        }
    }

    /** Leaves every work order stored or announced so far out of the next checks. */
    void judgedSoFar() {
        judged.addAll(createdEventIdsByWorkOrder().keySet());
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            mongo.getDatabase("propertyops_ticket").getCollection("work_orders").find()
                    .forEach(document -> judged.add(document.getString("_id")));
        }
    }

    private Map<String, Set<String>> createdEventIdsByWorkOrder() {
        Map<String, Set<String>> byWorkOrder = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : Topics.readAll(kafkaBootstrap, TICKET_TOPIC)) {
            if (record.headers().lastHeader("ce_id") == null) {
                continue; // a poison record put there on purpose
            }
            EventEnvelope event = envelope(record);
            if (event.type().equals(CREATED)) {
                byWorkOrder.computeIfAbsent(record.key(), id -> new TreeSet<>()).add(event.id());
            }
        }
        return byWorkOrder;
    }

    static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return EventEnvelope.fromHeaders(headers, record.value());
    }

    static Set<String> created(Collection<WorkOrderLoad.Answer> answers) {
        Set<String> ids = new LinkedHashSet<>();
        answers.stream().filter(WorkOrderLoad.Answer::created).forEach(answer -> ids.add(answer.workOrderId()));
        return ids;
    }
}
