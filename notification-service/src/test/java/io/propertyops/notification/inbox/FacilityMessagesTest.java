package io.propertyops.notification.inbox;

import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.events.facility.MeterReadingWindowOpened;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.notification.Households;
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
import java.time.LocalDate;
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

    @Test
    void anExpiringCertificateReachesTheResponsibleTechnicianAndThePropertyManagersInTheirLanguage() throws Exception {
        PersonRegistered manager = People.staff("黄建国", "PROPERTY_MANAGER", community).at(Instant.now()).registered();
        PersonRegistered technician = People.staff("Wu Gang", "TECHNICIAN", community).at(Instant.now()).registered();
        EventPublishing.publish(kafka, manager, technician);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> roles.members("PROPERTY_MANAGER", community).contains(manager.aggregateId())
                        && roles.members("TECHNICIAN", community).contains(technician.aggregateId()));

        String technicianToken = TestTokens.staff(technician.aggregateId(), "TECHNICIAN", community).token();
        var english = http.send(http.request("/api/v1/me/notification-preferences", technicianToken)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"channels\": {\"*\": [\"IN_APP\"]}, \"language\": \"en\"}")));
        assertThat(english.status()).as(english.toString()).isEqualTo(200);

        EventPublishing.publish(kafka, new CertificateExpiring(UUID.randomUUID().toString(), "lift-3a_cert-2026",
                Instant.now(), community, "lift-3a", "LIFT-03-A", "3号楼 A 梯", "LIFT_ANNUAL_INSPECTION",
                "TSX-2025-0815", LocalDate.parse("2026-12-31"), 7, 7, technician.aggregateId()));

        String managerToken = TestTokens.staff(manager.aggregateId(), "PROPERTY_MANAGER", community).token();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/me/notifications", managerToken)
                .<List<String>>json("$.items[*].kind").contains("CERTIFICATE_EXPIRING")
                && http.get("/api/v1/me/notifications", technicianToken)
                .<List<String>>json("$.items[*].kind").contains("CERTIFICATE_EXPIRING"));
        assertThat(http.get("/api/v1/me/notifications", managerToken).<String>json("$.items[0].body"))
                .isEqualTo("3号楼 A 梯（LIFT-03-A）的电梯年检证书 TSX-2025-0815 将于 2026-12-31 到期，还剩 7 天，请及时安排检验。");
        assertThat(http.get("/api/v1/me/notifications", technicianToken).<String>json("$.items[0].title"))
                .isEqualTo("lift annual inspection certificate expires in 7 days: 3号楼 A 梯");
    }

    @Test
    void aMissedInspectionPointReachesTheRoundsSupervisorAndItsInspector() throws Exception {
        String supervisor = "sup-" + UUID.randomUUID();
        String inspector = "tech-" + UUID.randomUUID();
        EventPublishing.publish(kafka, new RoundPointMissed(UUID.randomUUID().toString(), "round-" + UUID.randomUUID(),
                Instant.now(), community, "设备房日检", "point-pump", "2号生活水泵", "3号楼 水泵房", supervisor,
                List.of(inspector), Instant.parse("2026-12-07T02:00:00Z")));

        String supervisorToken = TestTokens.staff(supervisor, "SUPERVISOR", community).token();
        String inspectorToken = TestTokens.staff(inspector, "TECHNICIAN", community).token();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/me/notifications", supervisorToken)
                .<List<String>>json("$.items[*].kind").contains("ROUND_POINT_MISSED")
                && http.get("/api/v1/me/notifications", inspectorToken)
                .<List<String>>json("$.items[*].kind").contains("ROUND_POINT_MISSED_INSPECTOR"));
        TestHttp.Response told = http.get("/api/v1/me/notifications", supervisorToken);
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("巡检漏检：设备房日检 2号生活水泵");
        assertThat(told.<String>json("$.items[0].body")).isEqualTo("3号楼 水泵房「2号生活水泵」未在 12月7日 10:00 前完成巡检，请核实并安排补检。");
        assertThat(told.<List<String>>json("$.items[*].kind")).containsExactly("ROUND_POINT_MISSED");
    }

    @Test
    void aMissingMeterReadingReachesTheUnitsOwnersAndResidentsAndNoOtherHousehold() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        String owner = homes.owner601();
        String tenant = homes.tenant601();
        homes.english(tenant);

        EventPublishing.publish(kafka, new MeterReadingMissing(UUID.randomUUID().toString(), homes.unit601, Instant.now(),
                community, homes.unit601, "2026-11", LocalDate.parse("2026-11-26"),
                List.of(new MeterReadingMissing.Meter("meter-601-water", "WATER", "WM-601"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(owner).contains("METER_READING_MISSING")
                && homes.kinds(tenant).contains("METER_READING_MISSING"));
        TestHttp.Response told = homes.inbox(owner);
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("2026-11 表计读数尚未填报");
        assertThat(told.<String>json("$.items[0].body")).isEqualTo(
                "您家仍有表计未填报 2026-11 的读数，自报将于 2026-11-26 截止，请尽快在 App「我的表计」中填报；逾期将由物业上门抄表或按规定估算。");
        assertThat(told.<String>json("$.items[0].subjectType")).isEqualTo("FACILITY");
        assertThat(told.<String>json("$.items[0].subjectId")).isEqualTo(homes.unit601);
        assertThat(homes.inbox(tenant).<String>json("$.items[0].title"))
                .isEqualTo("Meter readings for 2026-11 still missing");
        // one event, one batch, one bulk write: whoever else was told was told by now
        assertThat(homes.kinds(homes.owner602())).isEmpty();
        assertThat(homes.kinds(homes.supervisor())).isEmpty();
        assertThat(homes.kinds(homes.stranger())).isEmpty();
    }

    @Test
    void theOpeningOfTheReadingWindowReachesEveryHouseholdOfTheCommunityOnceAndNoOneElse() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        String owner601 = homes.owner601();
        String tenant601 = homes.tenant601();
        String owner602 = homes.owner602();

        MeterReadingWindowOpened opened = new MeterReadingWindowOpened(UUID.randomUUID().toString(), community,
                Instant.now(), community, "2026-11", LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-26"));
        EventPublishing.publish(kafka, opened, opened); // delivered twice: told once

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(owner601).contains("METER_READING_WINDOW_OPEN")
                && homes.kinds(tenant601).contains("METER_READING_WINDOW_OPEN")
                && homes.kinds(owner602).contains("METER_READING_WINDOW_OPEN"));
        TestHttp.Response told = homes.inbox(owner602);
        assertThat(told.<List<String>>json("$.items[*].kind")).containsExactly("METER_READING_WINDOW_OPEN");
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("2026-11 抄表开始，请自报表计读数");
        assertThat(told.<String>json("$.items[0].body"))
                .isEqualTo("本月业主自报抄表期为 2026-11-22 至 2026-11-26，请在 App「我的表计」中填报您家水表、电表、燃气表的读数。");
        assertThat(homes.kinds(owner601)).containsExactly("METER_READING_WINDOW_OPEN");
        assertThat(homes.kinds(homes.supervisor())).isEmpty();
        assertThat(homes.kinds(homes.stranger())).isEmpty();
    }
}
