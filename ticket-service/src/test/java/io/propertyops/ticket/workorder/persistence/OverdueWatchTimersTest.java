package io.propertyops.ticket.workorder.persistence;

import io.propertyops.ticket.workorder.application.OverdueWatch;
import io.propertyops.ticket.workorder.application.WatchProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventEnvelope;
import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.events.ticket.WorkOrderUrged;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.ticket.sla.application.SlaPolicies;
import io.propertyops.ticket.workorder.domain.Actor;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.persistence.DueTimers;
import io.propertyops.ticket.workorder.persistence.WorkOrderRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

/**
 * The overdue watch driven tick by tick on a moved clock (its own schedule is an hour apart here): many work orders
 * each alerted once and in the first tick after their time, timers that are stale or missing, a bulk write that
 * one concurrent change makes miss for that work order only, and a transition that pushes its timeline entry and
 * keeps the events already waiting.
 */
@ServiceTest
@TestPropertySource(properties = {"propertyops.ticket.watch.interval=PT1H", "propertyops.ticket.watch.sweep-interval=P365D"})
class OverdueWatchTimersTest {

    // whole milliseconds, as MongoDB keeps instants; far from other tests' clocks, so their timers do not mix in
    static final MutableClock CLOCK = new MutableClock(Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MILLIS));
    static final String COMMUNITY = "community-timers";
    static final Actor AGENT = new Actor("agent-timers", Set.of("CUSTOMER_SERVICE"));

    @TestConfiguration
    static class MovableClock {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @Autowired
    OverdueWatch watch;

    @Autowired
    WorkOrderRepository workOrders;

    @Autowired
    DueTimers timers;

    @Autowired
    SlaPolicies sla;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WatchProperties properties;

    /**
     * Each test starts a month after the last, with every alert of the work orders before it emitted: they have
     * nothing left to alert then, so they stay out of this test's counts.
     */
    @BeforeEach
    void aMonthLaterWithEverythingBeforeWatched() {
        CLOCK.advance(Duration.ofDays(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> watch.scan() == 0);
    }

    /** An emergency leak reported now: respond within 15 minutes (the default SLA), warned at 12. */
    WorkOrder leak() {
        Instant now = CLOCK.instant();
        WorkOrderRequest request = new WorkOrderRequest(COMMUNITY, "unit-1", "owner-timers", "业主", null,
                WorkOrderKind.REPAIR, "plumbing", Urgency.EMERGENCY, Channel.APP, "水管漏水", null, null);
        String id = UUID.randomUUID().toString();
        return workOrders.insert(WorkOrder.submit(id, "WO-T-" + id, request,
                sla.deadlinesFor(COMMUNITY, WorkOrderKind.REPAIR, "plumbing", Urgency.EMERGENCY, now), CLOCK), null);
    }

    long dueAndNotWatched(List<String> ids) {
        return mongo.count(Query.query(Criteria.where("_id").in(ids).and("nextAlertAt").lte(CLOCK.instant())),
                "work_orders");
    }

    @Test
    void manyWorkOrdersAreEachAlertedOnceInTheFirstTickAfterTheirTime() {
        Instant start = CLOCK.instant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            CLOCK.set(start.plusSeconds(7L * i));
            ids.add(leak().id());
        }
        // ticks 20 s apart from just before the first warning to past every first escalation
        for (Instant now = start.plus(Duration.ofMinutes(11)); now.isBefore(start.plus(Duration.ofMinutes(36)));
             now = now.plusSeconds(20)) {
            CLOCK.set(now);
            watch.scan();
            assertThat(dueAndNotWatched(ids)).as("due and not watched at %s", now).isZero();
        }
        Map<String, Integer> alerts = alertsOnTheBroker(Set.copyOf(ids), 3 * ids.size());
        for (String id : ids) {
            for (String alert : List.of("WorkOrderDueSoon", "WorkOrderOverdue", "WorkOrderEscalated")) {
                assertThat(alerts.get(id + " " + alert)).as("%s of %s", alert, id).isEqualTo(1);
            }
        }
    }

    /**
     * Reads the ticket topic from its start until {@code expected} RESPONSE alerts of these work orders have come (or
     * 30 s passed), then a little longer, so that a second copy of one would be counted too.
     */
    Map<String, Integer> alertsOnTheBroker(Set<String> ids, int expected) {
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafkaBootstrap,
                "group.id", "timers-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.TICKET));
            Instant until = Instant.now().plusSeconds(30);
            int extraPolls = 3;
            while (Instant.now().isBefore(until) && extraPolls > 0) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, byte[]> headers = new HashMap<>();
                    record.headers().forEach(header -> headers.put(header.key(), header.value()));
                    DomainEvent event = EventEnvelope.fromHeaders(headers, record.value()).decode();
                    String deadline = switch (event) {
                        case WorkOrderDueSoon e -> e.deadline();
                        case WorkOrderOverdue e -> e.deadline();
                        case WorkOrderEscalated e when e.level() == 1 -> e.deadline();
                        default -> null;
                    };
                    if ("RESPONSE".equals(deadline) && ids.contains(event.aggregateId())) {
                        counts.merge(event.aggregateId() + " " + event.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
                if (counts.values().stream().mapToInt(Integer::intValue).sum() >= expected) {
                    extraPolls--;
                }
            }
        }
        return counts;
    }

    @Test
    void aTimerLeftForAVersionThatWasNeverWrittenAlertsNothingAndIsDropped() {
        Instant start = CLOCK.instant();
        WorkOrder leak = leak();
        // a writer that set its timer and crashed before writing the work order
        timers.add(List.of(new DueTimers.Timer(leak.id(), 7, start.plus(Duration.ofMinutes(1)))), CLOCK.instant());
        WorkOrder accepted = workOrders.findById(leak.id()).orElseThrow();
        accepted.comment(AGENT, "已联系业主", start);
        workOrders.update(accepted); // one more timer, for version 1; the one for version 0 is stale now

        CLOCK.set(start.plus(Duration.ofMinutes(2)));
        assertThat(watch.scan()).isZero();
        CLOCK.set(start.plus(Duration.ofMinutes(12)));
        assertThat(watch.scan()).isEqualTo(1);
        CLOCK.set(start.plus(Duration.ofMinutes(13)));
        watch.scan();

        assertThat(timerVersionsOf(leak.id())).as("only the timer of the version written by the watch").containsExactly(2L);
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            tap.awaitOne(WorkOrderDueSoon.class, e -> e.aggregateId().equals(leak.id()));
        }
    }

    @Test
    void aWorkOrderWhoseTimerIsMissingIsFoundByTheSafetySweep() {
        Instant start = CLOCK.instant();
        WorkOrder leak = leak();
        mongo.updateMulti(new Query(), new Update().pull("entries", new Document("w", leak.id())), "work_order_timers");

        CLOCK.set(start.plus(Duration.ofMinutes(12)));
        assertThat(watch.scan()).as("no timer, no alert").isZero();
        watch.sweep(CLOCK.instant());
        assertThat(watch.scan()).isEqualTo(1);
        assertThat(dueAndNotWatched(List.of(leak.id()))).isZero();
    }

    @Test
    void aBulkWriteSkipsOnlyTheWorkOrderChangedMeanwhile() {
        Instant start = CLOCK.instant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(leak().id());
        }
        CLOCK.set(start.plus(Duration.ofMinutes(12)));
        Instant now = CLOCK.instant();
        WorkOrderRepository.DueForAlert due = workOrders.findDueForAlert(now, 500);
        assertThat(due.workOrders()).extracting(WorkOrder::id).containsAll(ids);
        due.workOrders().forEach(workOrder -> workOrder.watch(now, properties.policy()));
        // someone comments on the third one between the watch's read and its write
        WorkOrder changed = workOrders.findById(ids.get(2)).orElseThrow();
        changed.comment(AGENT, "师傅已出发", now);
        workOrders.update(changed);

        workOrders.saveWatched(due, now);

        assertThat(dueAndNotWatched(ids)).as("only the one changed meanwhile is still due").isEqualTo(1);
        assertThat(workOrders.findById(ids.get(2)).orElseThrow().progress().alerts()).isEmpty();
        assertThat(watch.scan()).as("seen again at the next tick").isGreaterThanOrEqualTo(1);
        assertThat(dueAndNotWatched(ids)).isZero();
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            for (String id : ids) {
                tap.awaitOne(WorkOrderDueSoon.class, e -> e.aggregateId().equals(id));
            }
        }
    }

    @Test
    void aTransitionPushesItsTimelineEntryAndKeepsTheEventsStillWaiting() {
        WorkOrder leak = leak();
        await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(Query.query(Criteria.where("_id").is(leak.id())
                .and(HasOutbox.FIELD + ".0").exists(true)), "work_orders"));
        // an event waiting in the document that the relay has not taken yet: written the way the relay never sees
        WorkOrder urged = workOrders.findById(leak.id()).orElseThrow();
        urged.urge(new Actor("owner-timers", Set.of("OWNER")), CLOCK.instant());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(leak.id())),
                new Update().push(HasOutbox.FIELD).each(outbox.of(urged.pullEvents()).toArray()), "work_orders");

        WorkOrder read = workOrders.findById(leak.id()).orElseThrow();
        read.accept(AGENT, CLOCK.instant());
        WorkOrder saved = workOrders.update(read);

        assertThat(saved.version()).isEqualTo(1);
        WorkOrder stored = workOrders.findById(leak.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.progress().timeline()).extracting(entry -> entry.action()).containsExactly("submitted", "accepted");
        assertThat(stored.progress().accountableAgentId()).isEqualTo(AGENT.id());
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            tap.awaitOne(WorkOrderUrged.class, e -> e.aggregateId().equals(leak.id()));
            tap.awaitOne(WorkOrderAccepted.class, e -> e.aggregateId().equals(leak.id()));
        }
    }

    @Test
    void aFieldTheTransitionClearsIsClearedInTheStore() {
        WorkOrder leak = leak();
        WorkOrder read = workOrders.findById(leak.id()).orElseThrow();
        read.accept(AGENT, CLOCK.instant());
        read.dispatch(AGENT, "tech-timers", false, CLOCK.instant());
        WorkOrder dispatched = workOrders.update(read);
        dispatched.decline(new Actor("tech-timers", Set.of("TECHNICIAN")), "不在片区", CLOCK.instant());
        workOrders.update(dispatched);

        assertThat(workOrders.findById(leak.id()).orElseThrow().progress().assigneeId()).isNull();
    }

    List<Long> timerVersionsOf(String workOrderId) {
        List<Long> versions = new ArrayList<>();
        for (Document bucket : mongo.findAll(Document.class, "work_order_timers")) {
            for (Document entry : bucket.getList("entries", Document.class, List.of())) {
                if (entry.getString("w").equals(workOrderId)) {
                    versions.add(((Number) entry.get("v")).longValue());
                }
            }
        }
        return versions;
    }
}
