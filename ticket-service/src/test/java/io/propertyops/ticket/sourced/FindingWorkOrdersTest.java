package io.propertyops.ticket.sourced;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Facility's findings and maintenance tasks become work orders on the real broker: one work order per open problem
 * whatever the source and however often a finding arrives, a new one after the fix (flagged as a repeat), one per
 * maintenance task.
 */
@ServiceTest
class FindingWorkOrdersTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String community = "community-" + UUID.randomUUID();
    final String pump = "equipment-pump-" + UUID.randomUUID();
    final String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token();
    final String technicianId = "tech-" + UUID.randomUUID();
    final String technician = TestTokens.staff(technicianId, "TECHNICIAN", community).token();

    FindingReported finding(String source, String faultType, String value) {
        return new FindingReported(UUID.randomUUID().toString(), "finding-" + UUID.randomUUID(), Instant.now(), community,
                source, "COMMON_AREA", "area-pump-room", "3号楼 水泵房", pump, faultType, "plumbing", "HIGH",
                "2号生活水泵出水压力低", null, source.equals("DEVICE") ? "system" : "tech-inspector",
                List.of(new FindingReported.Evidence(source.equals("DEVICE") ? "ALARM" : "VALUE", "出水压力", value)));
    }

    List<Document> workOrders(String kind) {
        return mongo.find(Query.query(Criteria.where("communityId").is(community).and("kind").is(kind)), Document.class,
                "work_orders");
    }

    static int occurrences(Document workOrder) {
        return workOrder.get("origin", Document.class).getList("sources", Document.class).size();
    }

    @Test
    void threeAbnormalAnswersAndTwoAlarmsAboutOnePumpMakeOneWorkOrderWithFiveOccurrences() throws Exception {
        List<FindingReported> findings = List.of(finding("INSPECTION", "pump.pressure-low", "0.18 MPa"),
                finding("DEVICE", "pump.pressure-low", "P-LOW"), finding("INSPECTION", "pump.pressure-low", "0.17 MPa"),
                finding("DEVICE", "pump.pressure-low", "P-LOW"), finding("INSPECTION", "pump.pressure-low", "0.19 MPa"));
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            EventPublishing.publish(kafka, findings.toArray(FindingReported[]::new));

            await().atMost(Duration.ofSeconds(30)).until(() -> workOrders("INSPECTION_FINDING").stream()
                    .mapToInt(FindingWorkOrdersTest::occurrences).sum() == 5);
            List<Document> opened = workOrders("INSPECTION_FINDING");
            assertThat(opened).hasSize(1);
            String id = opened.getFirst().getString("_id");

            var read = http.get("/api/v1/tickets/" + id, agent);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.<Integer>json("$.origin.occurrences")).isEqualTo(5);
            assertThat(read.<String>json("$.origin.equipmentId")).isEqualTo(pump);
            assertThat(read.<String>json("$.kind")).isEqualTo("INSPECTION_FINDING");
            assertThat(read.<String>json("$.urgency")).isEqualTo("URGENT");
            assertThat(read.<String>json("$.status")).isEqualTo("SUBMITTED");
            assertThat(read.<List<String>>json("$.origin.sources[*].id"))
                    .containsExactlyInAnyOrderElementsOf(findings.stream().map(FindingReported::aggregateId).toList());

            WorkOrderCreated created = tap.awaitOne(WorkOrderCreated.class, e -> e.aggregateId().equals(id));
            assertThat(created.equipmentId()).isEqualTo(pump);
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    tap.matching(WorkOrderSourceLinked.class, e -> e.aggregateId().equals(id)).size() == 5);
            List<WorkOrderSourceLinked> linked = tap.matching(WorkOrderSourceLinked.class, e -> e.aggregateId().equals(id));
            assertThat(linked).filteredOn(WorkOrderSourceLinked::opened).hasSize(1);
            assertThat(linked).extracting(WorkOrderSourceLinked::occurrences).containsExactlyInAnyOrder(1, 2, 3, 4, 5);

            // a redelivered finding adds nothing: the clear after it (same key, so same partition, later) is noted,
            // and the work order still holds five
            FindingReported again = findings.get(1);
            EventPublishing.publish(kafka, again, new FindingCleared(UUID.randomUUID().toString(), again.aggregateId(),
                    Instant.now(), community, "COMMON_AREA", "area-pump-room", pump, "pump.pressure-low", "P-LOW cleared"));
            await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/tickets/" + id, agent)
                    .<List<String>>json("$.timeline[*].action").contains("source-cleared"));
            assertThat(http.get("/api/v1/tickets/" + id, agent).<Integer>json("$.origin.occurrences")).isEqualTo(5);
            assertThat(workOrders("INSPECTION_FINDING")).hasSize(1);
        }
    }

    @Test
    void aFailureAgainAfterTheFixOpensANewWorkOrderFlaggedAsARepeat() throws Exception {
        EventPublishing.publish(kafka, finding("INSPECTION", "pump.noise", "异响"));
        await().atMost(Duration.ofSeconds(30)).until(() -> workOrders("INSPECTION_FINDING").size() == 1);
        String first = workOrders("INSPECTION_FINDING").getFirst().getString("_id");

        // a different fault on the same pump is a different problem
        EventPublishing.publish(kafka, finding("INSPECTION", "pump.leak", "机封滴水"));
        await().atMost(Duration.ofSeconds(30)).until(() -> workOrders("INSPECTION_FINDING").size() == 2);

        for (String[] step : List.of(new String[]{"accept", agent, "{}"},
                new String[]{"dispatch", agent, "{\"technicianId\": \"" + technicianId + "\"}"},
                new String[]{"take", technician, "{}"}, new String[]{"start", technician, "{}"},
                new String[]{"resolve", technician, "{\"result\": \"更换轴承\"}"})) {
            var response = http.post("/api/v1/tickets/" + first + "/" + step[0], step[1], step[2]);
            assertThat(response.status()).as(step[0] + ": " + response).isEqualTo(200);
        }

        FindingReported again = finding("DEVICE", "pump.noise", "VIB-HIGH");
        EventPublishing.publish(kafka, again);
        await().atMost(Duration.ofSeconds(30)).until(() -> workOrders("INSPECTION_FINDING").size() == 3);
        TestHttp.Response repeat = workOrders("INSPECTION_FINDING").stream()
                .map(workOrder -> http.get("/api/v1/tickets/" + workOrder.getString("_id"), agent))
                .filter(read -> read.<List<String>>json("$.origin.sources[*].id").contains(again.aggregateId()))
                .findFirst().orElseThrow();
        assertThat(repeat.<String>json("$.id")).isNotEqualTo(first);
        assertThat(repeat.<String>json("$.origin.repeatOfWorkOrderId")).isEqualTo(first);
        assertThat(repeat.<String>json("$.channel")).isEqualTo("SYSTEM");
        assertThat(http.get("/api/v1/tickets/" + first, agent).<Integer>json("$.origin.occurrences")).isEqualTo(1);
    }

    @Test
    void aMaintenanceTaskOpensOneAcceptedWorkOrderHoweverOftenItArrives() throws Exception {
        String taskId = "plan-lift-" + UUID.randomUUID() + ":2026-12-01";
        MaintenanceTaskDue due = new MaintenanceTaskDue(UUID.randomUUID().toString(), taskId, Instant.now(), community,
                "plan-lift", "电梯月度保养", LocalDate.parse("2026-12-01"), "BUILDING", "building-3", "3号楼",
                "equipment-lift-3a", "elevator", "3号楼 A 梯月度保养", List.of("曳引机润滑", "门机调整"),
                Instant.now().plus(Duration.ofDays(2)), List.of("tech-not-on-the-roster"));
        MaintenanceTaskDue redelivered = new MaintenanceTaskDue(UUID.randomUUID().toString(), taskId, due.occurredAt(),
                community, due.planId(), due.planName(), due.occurrence(), due.locationKind(), due.locationId(),
                due.locationName(), due.equipmentId(), due.category(), due.title(), due.checklist(), due.dueAt(),
                due.assigneeIds());
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            EventPublishing.publish(kafka, due, redelivered);

            WorkOrderSourceLinked linked = tap.awaitOne(WorkOrderSourceLinked.class,
                    e -> e.sourceId().equals(taskId));
            assertThat(linked.opened()).isTrue();
            assertThat(linked.sourceKind()).isEqualTo("MAINTENANCE_TASK");
            assertThat(linked.equipmentId()).isEqualTo("equipment-lift-3a");
            // the second delivery is handled after the first (same key, same partition): await a marker after it
            FindingReported marker = finding("INSPECTION", "marker", "x");
            EventPublishing.publish(kafka, marker);
            await().atMost(Duration.ofSeconds(30)).until(() -> workOrders("INSPECTION_FINDING").size() == 1);
            assertThat(workOrders("PREVENTIVE_MAINTENANCE")).hasSize(1);
            var read = http.get("/api/v1/tickets/" + linked.aggregateId(), agent);
            assertThat(read.<String>json("$.status")).isEqualTo("ACCEPTED");
            assertThat(read.<String>json("$.title")).isEqualTo("3号楼 A 梯月度保养");
            assertThat(read.<String>json("$.description")).contains("□ 曳引机润滑");
        }
    }

    @Test
    void anOwnerWhoScannedACommonAreaAssetReportsAboutThatEquipment() throws Exception {
        String owner = TestTokens.owner("owner-" + UUID.randomUUID(), community, "unit-1-101").name("张伟").token();
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            var created = http.post("/api/v1/tickets", owner, """
                    {"communityId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL",
                     "title": "水泵房漏水", "location": "3号楼 水泵房", "equipmentId": "%s"}""".formatted(community, pump));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.<String>json("$.equipmentId")).isEqualTo(pump);
            String id = created.json("$.id");
            assertThat(tap.awaitOne(WorkOrderCreated.class, e -> e.aggregateId().equals(id)).equipmentId()).isEqualTo(pump);
        }
        var malformed = http.post("/api/v1/tickets", owner, """
                {"communityId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL",
                 "title": "水泵房漏水", "equipmentId": "pump 2; drop"}""".formatted(community));
        assertThat(malformed.status()).isEqualTo(400);
    }
}
