package io.propertyops.facility.finding;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
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

@ServiceTest
class FindingsTest {

    @Autowired
    TestHttp http;
    @Autowired
    Findings findings;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final String community = "community-" + UUID.randomUUID();
    final String technician = TestTokens.staff("tech-" + community, "TECHNICIAN", community).token();

    static final String NOISE = """
            {"communityId":"%s","location":{"kind":"COMMON_AREA","id":"pump-room-3"},"locationName":"3号楼 水泵房",
             "equipmentId":"equipment-pump-2","faultType":"pump.noise","category":"plumbing","severity":"MEDIUM",
             "title":"2号泵异响","detail":"运行时轴承处有尖锐异响",
             "evidence":[{"kind":"PHOTO","label":"现场","value":"photo-1"}]}""";

    @Test
    void staffReportAFindingByHandOnceAndItIsPublished() {
        TestHttp.Response first = http.post("/api/v1/findings", technician, NOISE.formatted(community), "Idempotency-Key", "noise-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.json("$.id");
        assertThat(first.<String>json("$.source")).isEqualTo("MANUAL");
        assertThat(first.<String>json("$.status")).isEqualTo("OPEN");

        TestHttp.Response retried = http.post("/api/v1/findings", technician, NOISE.formatted(community), "Idempotency-Key", "noise-1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.<String>json("$.id")).isEqualTo(id);

        try (EventTap facility = EventTap.on(bootstrap, Topics.FACILITY)) {
            FindingReported reported = facility.awaitOne(FindingReported.class, e -> e.aggregateId().equals(id));
            assertThat(reported.reporterId()).isEqualTo("tech-" + community);
            assertThat(reported.equipmentId()).isEqualTo("equipment-pump-2");
        }
        assertThat(http.get("/api/v1/findings/" + id, technician).<String>json("$.title")).isEqualTo("2号泵异响");
        assertThat(http.get("/api/v1/findings/" + id, TestTokens.staff("t2", "TECHNICIAN", "elsewhere").token()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/findings", TestTokens.staff("t2", "TECHNICIAN", "elsewhere").token(),
                NOISE.formatted(community)).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/findings", technician, NOISE.formatted(community).replace("pump.noise", "Pump Noise")).status())
                .isEqualTo(400);
    }

    @Test
    void keepsTheWorkOrderAFindingWentToAndFiltersByIt() throws Exception {
        String opened = http.post("/api/v1/findings", technician, NOISE.formatted(community)).json("$.id");
        String open = http.post("/api/v1/findings", technician, NOISE.formatted(community).replace("pump.noise", "pump.leak")).json("$.id");
        WorkOrderSourceLinked linked = new WorkOrderSourceLinked(UUID.randomUUID().toString(), "wo-" + UUID.randomUUID(),
                Instant.now(), "FINDING", opened, true, 1, null, "equipment-pump-2",
                new WorkOrderFacts("WO-20261120-0007", community, null, "system", "INSPECTION_FINDING", "plumbing",
                        "URGENT", "CREATED", null, null, 0, Map.of()));

        EventPublishing.publish(kafka, linked, linked);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/v1/findings/" + opened, technician)
                .<String>json("$.workOrderNumber")).isEqualTo("WO-20261120-0007"));
        assertThat(http.get("/api/v1/findings/" + opened, technician).<String>json("$.status")).isEqualTo("LINKED");
        assertThat(http.get("/api/v1/findings?communityId=" + community + "&status=linked", technician)
                .<List<String>>json("$.items[*].id")).containsExactly(opened);
        assertThat(http.get("/api/v1/findings?communityId=" + community + "&status=open", technician)
                .<List<String>>json("$.items[*].id")).containsExactly(open);
        assertThat(http.get("/api/v1/findings?communityId=" + community, technician).<Integer>json("$.total")).isEqualTo(2);
    }

    @Test
    void aBurstIsRecordedOnceEachThoughItRepeatsItself() {
        String prefix = "device:" + UUID.randomUUID() + "/";
        List<Findings.NewFinding> burst = List.of(finding(prefix + "a"), finding(prefix + "b"), finding(prefix + "a"));

        assertThat(findings.report(burst)).extracting(Finding::id).containsExactly(prefix + "a", prefix + "b");
        assertThat(findings.report(List.of(finding(prefix + "b"), finding(prefix + "c")))).extracting(Finding::id)
                .containsExactly(prefix + "c");
        assertThat(findings.clear(prefix + "a", "gone")).isTrue();
        assertThat(findings.clear(prefix + "a", "gone again")).isFalse();
    }

    private Findings.NewFinding finding(String id) {
        return new Findings.NewFinding(id, community, FindingSource.DEVICE, Location.of(LocationKind.COMMON_AREA, "lobby"),
                "大堂", null, "device.smoke", "fire", Severity.CRITICAL, "烟感报警", null, "device:gw/smoke-1", List.of());
    }
}
