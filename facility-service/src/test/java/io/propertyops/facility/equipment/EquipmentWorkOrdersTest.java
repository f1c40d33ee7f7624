package io.propertyops.facility.equipment;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.events.ticket.Charges;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ticket-service's events about equipment, as its outbox publishes them, on the real broker. */
@ServiceTest
class EquipmentWorkOrdersTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String community = "community-" + UUID.randomUUID();
    final String supervisor = TestTokens.staff("supervisor-1", "SUPERVISOR", community).token();

    String registeredPump() {
        return http.post(EquipmentJson.registerIn(community), supervisor, EquipmentJson.pump(
                "PUMP-W-" + UUID.randomUUID().toString().substring(0, 6), "COMMON_AREA")).json("$.id");
    }

    WorkOrderFacts facts(String number, String status) {
        return new WorkOrderFacts(number, community, null, "tech-1", "REPAIR", "plumbing", "URGENT", status, "cs-1",
                "tech-1", 0, Map.of());
    }

    WorkOrderCreated created(String workOrderId, String number, String equipmentId) {
        return new WorkOrderCreated(UUID.randomUUID().toString(), workOrderId, Instant.now(), number, community, null,
                "tech-1", null, "REPAIR", "plumbing", "URGENT", "INSPECTION", "2号生活水泵异响", null, "3号楼 水泵房", null,
                equipmentId);
    }

    WorkOrderResolved resolved(String workOrderId, String number) {
        return new WorkOrderResolved(UUID.randomUUID().toString(), workOrderId, Instant.now(), "tech-1",
                facts(number, "RESOLVED"), "更换机械密封，试运行正常");
    }

    WorkOrderClosed closed(String workOrderId, String number, String total) {
        return new WorkOrderClosed(UUID.randomUUID().toString(), workOrderId, Instant.now(), "cs-1",
                facts(number, "CLOSED"), total == null ? null : new Charges("CNY", total, List.of(
                        new Charges.Line("seal", "机械密封", "个", "1", total, total))));
    }

    TestHttp.Response history(String equipmentId) {
        return http.get("/api/v1/equipment/" + equipmentId + "/history", supervisor);
    }

    @Test
    void theWorkOrderThatFixesADownPumpBringsItBackAndItsChargesAddUpOnce() throws Exception {
        String pump = registeredPump();
        http.post("/api/v1/equipment/" + pump + "/state", supervisor, "{\"state\": \"DOWN\", \"reason\": \"电机异响\"}");
        String workOrder = "wo-" + UUID.randomUUID();

        EventPublishing.publish(kafka, created(workOrder, "WO-20261120-0031", pump));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(history(pump).<List<String>>json("$.workOrders[*].workOrderId")).containsExactly(workOrder));
        assertThat(history(pump).<String>json("$.downtimes[0].workOrderId")).as("the open downtime is linked").isEqualTo(workOrder);

        WorkOrderClosed closing = closed(workOrder, "WO-20261120-0031", "380.00");
        EventPublishing.publish(kafka, resolved(workOrder, "WO-20261120-0031"), closing, closing,
                closed(workOrder, "WO-20261120-0031", "380.00"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            TestHttp.Response equipment = http.get("/api/v1/equipment/" + pump, supervisor);
            assertThat(equipment.<String>json("$.state")).isEqualTo("OPERATIONAL");
            assertThat(equipment.<Double>json("$.repairCost")).isEqualTo(380.0);
        });
        TestHttp.Response history = history(pump);
        assertThat(history.<Boolean>json("$.downtimes[0].repaired")).isTrue();
        assertThat(history.<String>json("$.workOrders[0].result")).isEqualTo("更换机械密封，试运行正常");
        assertThat(history.<Double>json("$.workOrders[0].cost")).isEqualTo(380.0);
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            EquipmentStateChanged back = tap.awaitOne(EquipmentStateChanged.class,
                    e -> e.aggregateId().equals(pump) && e.to().equals("OPERATIONAL"));
            assertThat(back.workOrderId()).isEqualTo(workOrder);
            assertThat(back.actorId()).isEqualTo("system");
        }
        TestHttp.Response reliability = http.get("/api/v1/equipment/" + pump + "/reliability", supervisor);
        assertThat(reliability.<Integer>json("$.figures.failures")).isEqualTo(1);
        assertThat(reliability.<Double>json("$.figures.repairCost")).isEqualTo(380.0);
    }

    @Test
    void aFindingLinkedToAWorkOrderMakesItOneOfTheEquipmentsAndUnknownEquipmentIsIgnored() throws Exception {
        String pump = registeredPump();
        String workOrder = "wo-" + UUID.randomUUID();
        String stranger = "wo-" + UUID.randomUUID();

        EventPublishing.publish(kafka,
                created(stranger, "WO-20261120-0040", "equipment-" + UUID.randomUUID()),
                new WorkOrderSourceLinked(UUID.randomUUID().toString(), workOrder, Instant.now(), "FINDING", "finding-7",
                        true, 1, null, pump, facts("WO-20261120-0041", "SUBMITTED")),
                closed(workOrder, "WO-20261120-0041", "99.50"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http.get("/api/v1/equipment/" + pump, supervisor).<Double>json("$.repairCost")).isEqualTo(99.5));
        assertThat(history(pump).<List<String>>json("$.workOrders[*].number")).containsExactly("WO-20261120-0041");
        assertThat(history(pump).<String>json("$.state")).as("no downtime was open: nothing to bring back").isEqualTo("OPERATIONAL");
    }
}
