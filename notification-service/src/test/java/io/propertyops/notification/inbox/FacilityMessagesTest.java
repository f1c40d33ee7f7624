package io.propertyops.notification.inbox;

import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Facility's events reach people through the same catalogue as work orders', on the real broker. */
@ServiceTest
class FacilityMessagesTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    StaffRoles roles;

    final String community = "community-" + UUID.randomUUID();

    FindingReported finding(String id, String severity, String title) {
        return new FindingReported(UUID.randomUUID().toString(), id, Instant.now(), community, "DEVICE", "COMMON_AREA",
                "area-fire-control", "消防控制室", "equipment-fire-panel", "fire.alarm", "fire", severity, title, null,
                "system", List.of(new FindingReported.Evidence("ALARM", "回路 3", "FIRE")));
    }

    @Test
    void aCriticalFindingReachesTheCommunitysSupervisorsAtOnceAndALesserOneDoesNot() throws Exception {
        PersonRegistered supervisor = People.staff("郑华", "SUPERVISOR", community).at(Instant.now()).registered();
        EventPublishing.publish(kafka, supervisor);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> roles.members("SUPERVISOR", community).contains(supervisor.aggregateId()));

        // one aggregate, so one partition: the lesser finding is handled before the critical one
        String findingId = "finding-" + UUID.randomUUID();
        EventPublishing.publish(kafka, finding(findingId, "MEDIUM", "烟感故障"), finding(findingId, "CRITICAL", "3号楼 火警"));

        String token = TestTokens.staff(supervisor.aggregateId(), "SUPERVISOR", community).token();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/me/notifications", token)
                .<List<String>>json("$.items[*].kind").contains("CRITICAL_FINDING"));
        TestHttp.Response inbox = http.get("/api/v1/me/notifications", token);
        assertThat(inbox.<List<String>>json("$.items[*].kind")).containsExactly("CRITICAL_FINDING");
        assertThat(inbox.<String>json("$.items[0].title")).isEqualTo("紧急：3号楼 火警");
        assertThat(inbox.<String>json("$.items[0].body")).isEqualTo("消防控制室：3号楼 火警（设备告警发现），已生成工单，请立即安排。");
        assertThat(inbox.<String>json("$.items[0].subjectType")).isEqualTo("FACILITY");
        assertThat(inbox.<String>json("$.items[0].subjectId")).isEqualTo(findingId);
    }
}
