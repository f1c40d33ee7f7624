package io.propertyops.ticket.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.InfrastructureInitializer;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.TicketServiceApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Two ticket-service instances on one database and one broker, both running the overdue watch. An emergency leak
 * nobody accepts is warned about, goes overdue and climbs escalation levels 1 to 3 as the clock moves; every alert
 * reaches the broker exactly once, and the work order says on either instance how far each deadline has come. Then
 * it goes around the rest of the loop, each step on either instance.
 */
@ServiceTest
@TestPropertySource(properties = "propertyops.ticket.watch.interval=PT0.2S")
class EscalationAcrossReplicasTest {

    // whole milliseconds, as MongoDB keeps instants
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    static final String COMMUNITY = "community-escalation";
    static ConfigurableApplicationContext second;

    @TestConfiguration
    static class MovableClock {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Value("${local.server.port}")
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @Autowired
    Environment environment;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    /** The second replica: the same database, broker and clock as this test's context. */
    int secondPort() {
        if (second == null) {
            String database = environment.getRequiredProperty("spring.mongodb.database");
            second = new SpringApplicationBuilder(TicketServiceApplication.class)
                    .initializers(new InfrastructureInitializer(), context -> {
                        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("second-replica",
                                Map.of("spring.mongodb.database", database, "server.port", 0,
                                        // a free port, not the default one a locally running platform holds
                                        "management.server.port", 0,
                                        "propertyops.ticket.watch.interval", "PT0.2S")));
                        context.getBeanFactory().registerSingleton("clock", CLOCK);
                    })
                    .run();
        }
        return Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopSecond() {
        TestTokens.useClock(java.time.Clock.systemUTC());
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anUnacceptedEmergencyClimbsEveryLevelOnceWithTwoReplicasWatching() {
        TestHttp a = TestHttp.at("http://localhost:" + port);
        TestHttp b = TestHttp.at("http://localhost:" + secondPort());
        // tokens are minted on the moved clock, when they are used, so that they are valid on both replicas
        TestTokens.useClock(CLOCK);
        String ownerId = "owner-" + UUID.randomUUID();
        Supplier<String> owner = () -> TestTokens.owner(ownerId, COMMUNITY, "unit-801").token();
        String agentId = "agent-" + UUID.randomUUID();
        Supplier<String> agent = () -> TestTokens.staff(agentId, "CUSTOMER_SERVICE", COMMUNITY).token();
        String plumberId = "tech-" + UUID.randomUUID();
        Supplier<String> plumber = () -> TestTokens.staff(plumberId, "TECHNICIAN", COMMUNITY).token();
        Instant submitted = CLOCK.instant();
        var created = b.post("/api/v1/tickets", owner.get(), """
                {"kind": "REPAIR", "category": "plumbing", "urgency": "EMERGENCY", "title": "水管爆裂",
                 "unitId": "unit-801"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        Supplier<String> supervisor = () -> TestTokens.staff("sup-" + ownerId, "SUPERVISOR", COMMUNITY).token();
        assertThat(standing(a, id, supervisor, "RESPONSE")).isEqualTo("warned=false level=0");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            // emergency plumbing: respond in 15 min, on site in 30 (the default SLA), warnings at 80 %
            CLOCK.set(submitted.plus(Duration.ofMinutes(12)));
            tap.awaitOne(WorkOrderDueSoon.class, e -> e.aggregateId().equals(id) && e.deadline().equals("RESPONSE"));
            // the work order says how far the watch went, on either replica, as soon as the alert is out
            assertThat(standing(b, id, supervisor, "RESPONSE")).isEqualTo("warned=true level=0");
            assertThat(standing(a, id, supervisor, "ARRIVAL")).isEqualTo("warned=false level=0");
            CLOCK.set(submitted.plus(Duration.ofMinutes(15)));
            tap.awaitOne(WorkOrderOverdue.class, e -> e.aggregateId().equals(id) && e.deadline().equals("RESPONSE"));
            assertThat(escalation(tap, id, "RESPONSE", 1).dueAt()).isEqualTo(submitted.plus(Duration.ofMinutes(15)));
            assertThat(standing(a, id, supervisor, "RESPONSE")).isEqualTo("warned=true level=1");
            CLOCK.set(submitted.plus(Duration.ofMinutes(45)));
            escalation(tap, id, "RESPONSE", 2);
            assertThat(standing(b, id, supervisor, "RESPONSE")).isEqualTo("warned=true level=2");
            CLOCK.set(submitted.plus(Duration.ofMinutes(105)));
            escalation(tap, id, "RESPONSE", 3);
            escalation(tap, id, "ARRIVAL", 2);
            assertThat(standing(a, id, supervisor, "RESPONSE")).isEqualTo("warned=true level=3");
            assertThat(standing(a, id, supervisor, "ARRIVAL")).isEqualTo("warned=true level=2");
            var listed = a.get("/api/v1/tickets?communityId=" + COMMUNITY + "&status=SUBMITTED", supervisor.get());
            assertThat(listed.<List<Integer>>json("$.items[?(@.id == '" + id + "')].deadlines.ARRIVAL.escalationLevel"))
                    .as("list items say it too").containsExactly(2);

            CLOCK.set(submitted.plus(Duration.ofMinutes(150)));
            escalation(tap, id, "ARRIVAL", 3);
            awaitEverythingPublished(id);
            for (String deadline : new String[] {"RESPONSE", "ARRIVAL"}) {
                for (int level = 1; level <= 3; level++) {
                    escalation(tap, id, deadline, level);
                }
                tap.awaitOne(WorkOrderOverdue.class, e -> e.aggregateId().equals(id) && e.deadline().equals(deadline));
            }

            step(a, id, "accept", agent, "{}");
            step(b, id, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}");
            step(a, id, "take", plumber, "{}");
            step(b, id, "start", plumber, "{}");
            step(a, id, "resolve", plumber, "{\"result\": \"更换水管\"}");
            step(b, id, "confirm", owner, "{}");
            step(a, id, "revisit", agent, "{\"satisfied\": true, \"note\": \"满意\"}");
            step(b, id, "close", agent, "{}");
            assertThat(tap.awaitOne(WorkOrderClosed.class, e -> e.aggregateId().equals(id)).workOrder()
                    .accountableAgentId()).isEqualTo(agentId);
            assertThat(standing(a, id, supervisor, "RESPONSE")).as("met late, after level 3: it stays on record")
                    .isEqualTo("warned=true level=3");
        }
    }

    /** How far the watch has gone with one deadline, as the work order shows it. */
    static String standing(TestHttp replica, String id, Supplier<String> token, String deadline) {
        var read = replica.get("/api/v1/tickets/" + id, token.get());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return "warned=" + read.json("$.deadlines." + deadline + ".dueSoonWarned")
                + " level=" + read.json("$.deadlines." + deadline + ".escalationLevel");
    }

    @Test
    void eachScanIsTimedSoThatItsCostCanBeWatched() {
        Timer scans = meters.get("propertyops.ticket.watch.scan").timer();
        long before = scans.count();

        await().atMost(Duration.ofSeconds(10)).until(() -> scans.count() >= before + 2);
        assertThat(scans.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    static WorkOrderEscalated escalation(EventTap tap, String id, String deadline, int level) {
        return tap.awaitOne(WorkOrderEscalated.class, e -> e.aggregateId().equals(id) && e.deadline().equals(deadline)
                && e.level() == level);
    }

    /** Once nothing waits in the outbox, every alert any scan recorded is on the broker. */
    void awaitEverythingPublished(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(Query.query(Criteria.where("_id").is(id)
                .and("pendingEvents.0").exists(true)), "work_orders"));
    }

    static void step(TestHttp replica, String id, String action, Supplier<String> token, String json) {
        var response = replica.post("/api/v1/tickets/" + id + "/" + action, token.get(), json);
        assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
    }

}
