package io.propertyops.ticket.sourced;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.ticket.sourced.application.SourcedWorkOrders;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Findings and due maintenance tasks in bursts: all of them land, one work order per open problem and one per task,
 * each finding once on it, however the burst is cut into batches and spread over consumers — and two replicas
 * handling the same batch at once still open one work order per problem.
 */
@ServiceTest
class SourcedBurstTest {

    private static final Logger log = LoggerFactory.getLogger(SourcedBurstTest.class);
    static final int PUMPS = 100;
    static final int FINDINGS_PER_PUMP = 4;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SourcedWorkOrders sourced;

    final String community = "community-" + UUID.randomUUID();

    FindingReported finding(String pump, int n) {
        return new FindingReported(UUID.randomUUID().toString(), "finding-" + UUID.randomUUID(), Instant.now(), community,
                "INSPECTION", "COMMON_AREA", "area-pump-room", "水泵房", pump, "pump.pressure-low", "plumbing", "HIGH",
                "出水压力低", null, "tech-inspector", List.of(new FindingReported.Evidence("VALUE", "出水压力", "0.1" + n + " MPa")));
    }

    static FindingReported redelivered(FindingReported finding) {
        return new FindingReported(UUID.randomUUID().toString(), finding.aggregateId(), finding.occurredAt(),
                finding.communityId(), finding.source(), finding.locationKind(), finding.locationId(),
                finding.locationName(), finding.equipmentId(), finding.faultType(), finding.category(), finding.severity(),
                finding.title(), finding.detail(), finding.reporterId(), finding.evidence());
    }

    MaintenanceTaskDue due(int n) {
        return new MaintenanceTaskDue(UUID.randomUUID().toString(), "plan-burst-" + community + ":" + n, Instant.now(),
                community, "plan-burst", "水泵日保", LocalDate.parse("2026-12-01"), "COMMON_AREA", "area-pump-room",
                "水泵房", null, "plumbing", "水泵日保 " + n, List.of("轴承润滑"), Instant.now().plus(Duration.ofDays(1)),
                List.of());
    }

    List<Document> workOrders(String kind) {
        return mongo.find(Query.query(Criteria.where("communityId").is(community).and("kind").is(kind)), Document.class,
                "work_orders");
    }

    static List<String> sources(Document workOrder) {
        return workOrder.get("origin", Document.class).getList("sources", Document.class).stream()
                .map(source -> source.getString("_id")).toList();
    }

    @Test
    void aBurstOfFindingsAndTasksLandsAsOneWorkOrderPerProblemAndPerTask() throws Exception {
        List<DomainEvent> burst = new ArrayList<>();
        List<FindingReported> clearedOnes = new ArrayList<>();
        for (int p = 0; p < PUMPS; p++) {
            String pump = "equipment-pump-" + UUID.randomUUID();
            for (int n = 0; n < FINDINGS_PER_PUMP; n++) {
                FindingReported finding = finding(pump, n);
                burst.add(finding);
                if (p % 10 == 0 && n == 1) {
                    burst.add(redelivered(finding)); // the same finding again: nothing more
                }
                if (p % 10 == 5 && n == FINDINGS_PER_PUMP - 1) { // went away by itself: noted on the work order
                    burst.add(new FindingCleared(UUID.randomUUID().toString(), finding.aggregateId(), Instant.now(),
                            community, "COMMON_AREA", "area-pump-room", pump, "pump.pressure-low", "恢复正常"));
                    clearedOnes.add(finding);
                }
            }
            MaintenanceTaskDue task = due(p);
            burst.add(task);
            if (p % 10 == 0) {
                burst.add(new MaintenanceTaskDue(UUID.randomUUID().toString(), task.aggregateId(), task.occurredAt(),
                        community, task.planId(), task.planName(), task.occurrence(), task.locationKind(),
                        task.locationId(), task.locationName(), null, task.category(), task.title(), task.checklist(),
                        task.dueAt(), task.assigneeIds())); // redelivered: one work order still
            }
        }
        assertThat(burst.size()).isGreaterThanOrEqualTo(500);

        long start = System.nanoTime();
        EventPublishing.publishAll(kafka, burst);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                workOrders("INSPECTION_FINDING").stream().mapToInt(w -> sources(w).size()).sum() == PUMPS * FINDINGS_PER_PUMP
                        && workOrders("PREVENTIVE_MAINTENANCE").size() == PUMPS);
        log.info("{} facility events ({} findings, {} tasks) made their work orders in {} ms", burst.size(),
                PUMPS * FINDINGS_PER_PUMP, PUMPS, (System.nanoTime() - start) / 1_000_000);

        List<Document> findings = workOrders("INSPECTION_FINDING");
        assertThat(findings).hasSize(PUMPS);
        assertThat(findings).allSatisfy(workOrder -> assertThat(sources(workOrder)).doesNotHaveDuplicates()
                .hasSize(FINDINGS_PER_PUMP));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (FindingReported cleared : clearedOnes) {
                Document holder = workOrders("INSPECTION_FINDING").stream()
                        .filter(workOrder -> sources(workOrder).contains(cleared.aggregateId())).findFirst().orElseThrow();
                assertThat(holder.getList("timeline", Document.class)).extracting(entry -> entry.getString("action"))
                        .contains("source-cleared");
            }
        });
        assertThat(workOrders("PREVENTIVE_MAINTENANCE")).hasSize(PUMPS);
    }

    @Test
    void twoReplicasHandlingTheSameBatchAtOnceOpenOneWorkOrderPerProblem() throws Exception {
        List<FindingReported> findings = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            String pump = "equipment-pump-" + UUID.randomUUID();
            for (int n = 0; n < 3; n++) {
                findings.add(finding(pump, n));
            }
        }
        List<FindingReported> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled);

        // two threads of their own (the common pool may have one on a small machine), let go at once
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> replica(together, findings), replicas),
                    CompletableFuture.runAsync(() -> replica(together, shuffled), replicas)).get(60, TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }

        List<Document> opened = workOrders("INSPECTION_FINDING");
        assertThat(opened).hasSize(20);
        Map<String, List<String>> byPump = opened.stream().collect(Collectors.toMap(w -> w.getString("equipmentId"),
                SourcedBurstTest::sources));
        for (FindingReported finding : findings) {
            assertThat(byPump.get(finding.equipmentId())).containsOnlyOnce(finding.aggregateId());
        }
        assertThat(byPump.values()).allSatisfy(sources -> assertThat(sources).hasSize(3));
    }

    /** One replica's listener: the batch, and after a failure each event again until it is done, as EventBatches does. */
    void replica(CyclicBarrier together, List<FindingReported> batch) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try {
            SourcedWorkOrders.Batch ahead = sourced.batch(batch);
            batch.forEach(ahead::handle);
        } catch (ConflictException contended) {
            for (FindingReported finding : batch) {
                for (int attempt = 0; ; attempt++) {
                    try {
                        sourced.batch(List.of(finding)).handle(finding);
                        break;
                    } catch (ConflictException again) {
                        assertThat(attempt).as("retries of " + finding.aggregateId()).isLessThan(100);
                        Thread.onSpinWait();
                    }
                }
            }
        }
    }
}
