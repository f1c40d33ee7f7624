package io.propertyops.notification.inbox.messaging;

import io.propertyops.notification.inbox.domain.InboxEntry;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.propertyops.events.EventEnvelope;
import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.testsupport.ServiceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a check of speed (it is not run by the build: its name ends in neither Test nor Tests): pushes
 * created events through the work-order listener, in batches as Kafka hands them over, against the embedded store
 * holding 50,000 residents and 20 staff, and logs events per second and the MongoDB commands per batch (counted by a
 * command listener on the driver, on the listener's thread only, so the senders' polls do not count).
 *
 * <pre>./mvnw -B -o verify -pl notification-service -am -Dtest=TicketEventsThroughput \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Devents=2000 -Dbatch=100</pre>
 */
@ServiceTest
class TicketEventsThroughput {

    private static final Logger log = LoggerFactory.getLogger(TicketEventsThroughput.class);
    private static final int RESIDENTS = 50_000;
    private static final int COMMUNITIES = 10;
    private static final Map<String, LongAdder> COMMANDS = new ConcurrentHashMap<>();
    private static volatile Thread counted;

    @TestConfiguration
    static class CountingCommands {

        @Bean
        MongoClientSettingsBuilderCustomizer countCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (Thread.currentThread() == counted) {
                        COMMANDS.computeIfAbsent(event.getCommandName(), name -> new LongAdder()).increment();
                    }
                }
            });
        }
    }

    @Autowired
    TicketEventsListener listener;
    @Autowired
    RecipientDirectory directory;
    @Autowired
    MongoTemplate mongo;

    @Test
    void createdEventsThroughTheListener() {
        int events = Integer.getInteger("events", 2_000);
        int batchSize = Integer.getInteger("batch", 100);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> communities = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES; c++) {
            communities.add("community-" + run + "-" + c);
        }
        List<String> residents = registerResidents(communities);
        for (String community : communities) {
            for (String role : List.of("CUSTOMER_SERVICE", "SUPERVISOR")) {
                directory.register(new PersonRegistered(UUID.randomUUID().toString(),
                        role.toLowerCase() + "-" + UUID.randomUUID(), Instant.now(), "客服", "139" + (10_000_000 + c(community)),
                        null, List.of(role), List.of(community), List.of(), List.of(), false));
            }
        }

        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            String owner = residents.get(i * 7919 % residents.size());
            String community = communities.get(i % COMMUNITIES);
            records.add(record(i, new WorkOrderCreated(UUID.randomUUID().toString(), "wo-" + run + "-" + i,
                    Instant.now(), "WO-20261202-" + i, community, "unit-" + i, owner, "张伟", "REPAIR", "plumbing",
                    "NORMAL", "APP", "厨房水管漏水", null, "厨房")));
        }

        COMMANDS.clear();
        counted = Thread.currentThread();
        long started = System.nanoTime();
        int batches = 0;
        for (int from = 0; from < events; from += batchSize) {
            listener.on(records.subList(from, Math.min(events, from + batchSize)));
            batches++;
        }
        long nanos = System.nanoTime() - started;
        counted = null;

        long commands = COMMANDS.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, Long> byName = new TreeMap<>();
        COMMANDS.forEach((name, count) -> byName.put(name, count.sum()));
        log.info("{} created events in {} batches of {} against {} residents and {} staff: {} ms, {} events/s; "
                        + "{} MongoDB commands, {} per batch, {} per event: {}", events, batches, batchSize, RESIDENTS,
                COMMUNITIES * 2, nanos / 1_000_000, String.format("%.0f", events / (nanos / 1e9)), commands,
                String.format("%.1f", (double) commands / batches), String.format("%.2f", (double) commands / events),
                byName);
        assertThat(mongo.count(Query.query(Criteria.where("subjectId").regex("^wo-" + run)), InboxEntry.class, "inbox"))
                .as("each event reaches its owner and the community's customer service").isEqualTo(2L * events);
    }

    private List<String> registerResidents(List<String> communities) {
        List<String> ids = new ArrayList<>(RESIDENTS);
        List<Document> people = new ArrayList<>(RESIDENTS);
        for (int i = 0; i < RESIDENTS; i++) {
            String id = "owner-" + UUID.randomUUID();
            ids.add(id);
            people.add(new Document("_id", id).append("name", "业主").append("phone", "139" + (20_000_000 + i))
                    .append("roles", List.of("OWNER")).append("communityIds", List.of(communities.get(i % COMMUNITIES)))
                    .append("unitIds", List.of("unit-" + i)).append("updatedAt", Instant.now()));
        }
        mongo.bulkOps(BulkMode.UNORDERED, "recipients").insert(people).execute();
        return ids;
    }

    private static int c(String community) {
        return Math.abs(community.hashCode() % 1_000_000);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, WorkOrderCreated event) {
        EventEnvelope envelope = EventEnvelope.of(event, "throughput");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        return new ConsumerRecord<>(Topics.TICKET, 0, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, envelope.data().length, event.aggregateId(), envelope.data(), headers, Optional.empty());
    }
}
