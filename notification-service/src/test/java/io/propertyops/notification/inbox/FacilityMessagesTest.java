package io.propertyops.notification.inbox;

import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.events.facility.MeterReadingWindowOpened;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.notification.directory.domain.CommunityRoles;
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

    /** A community's households: two owners and a tenant of 601, the owner of 602, a supervisor, and a stranger's. */
    class Households {
        final String unit601 = community + "-601";
        final String unit602 = community + "-602";
        final String elsewhere = "community-" + UUID.randomUUID();
        final PersonRegistered owner601 = People.owner("李娜", community, unit601).at(Instant.now()).registered();
        final PersonRegistered tenant601 = People.owner("Anna Schmidt", community, unit601).roles("RESIDENT")
                .at(Instant.now()).registered();
        final PersonRegistered owner602 = People.owner("王强", community, unit602).at(Instant.now()).registered();
        final PersonRegistered supervisor = People.staff("郑华", "SUPERVISOR", community).at(Instant.now()).registered();
        final PersonRegistered stranger = People.owner("陈静", elsewhere, elsewhere + "-601").at(Instant.now()).registered();

        Households() throws Exception {
            EventPublishing.publish(kafka, owner601, tenant601, owner602, supervisor, stranger);
            String at601 = CommunityRoles.unitKey(unit601);
            String at602 = CommunityRoles.unitKey(unit602);
            String atStranger = CommunityRoles.unitKey(elsewhere + "-601");
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                var units = roles.members(List.of(at601, at602, atStranger));
                return units.getOrDefault(at601, List.of()).containsAll(List.of(owner601.aggregateId(), tenant601.aggregateId()))
                        && units.getOrDefault(at602, List.of()).contains(owner602.aggregateId())
                        && units.getOrDefault(atStranger, List.of()).contains(stranger.aggregateId());
            });
        }

        String token(PersonRegistered person, String role, String communityId, String unitId) {
            return unitId == null ? TestTokens.staff(person.aggregateId(), role, communityId).token()
                    : TestTokens.owner(person.aggregateId(), communityId, unitId).token();
        }

        List<String> kinds(String token) {
            return http.get("/api/v1/me/notifications", token).<List<String>>json("$.items[*].kind");
        }
    }

    @Test
    void aMissingMeterReadingReachesTheUnitsOwnersAndResidentsAndNoOtherHousehold() throws Exception {
        Households homes = new Households();
        String owner = homes.token(homes.owner601, "OWNER", community, homes.unit601);
        String tenant = homes.token(homes.tenant601, "RESIDENT", community, homes.unit601);
        var english = http.send(http.request("/api/v1/me/notification-preferences", tenant)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"channels\": {\"*\": [\"IN_APP\"]}, \"language\": \"en\"}")));
        assertThat(english.status()).as(english.toString()).isEqualTo(200);

        EventPublishing.publish(kafka, new MeterReadingMissing(UUID.randomUUID().toString(), homes.unit601, Instant.now(),
                community, homes.unit601, "2026-11", LocalDate.parse("2026-11-26"),
                List.of(new MeterReadingMissing.Meter("meter-601-water", "WATER", "WM-601"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(owner).contains("METER_READING_MISSING")
                && homes.kinds(tenant).contains("METER_READING_MISSING"));
        TestHttp.Response told = http.get("/api/v1/me/notifications", owner);
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("2026-11 表计读数尚未填报");
        assertThat(told.<String>json("$.items[0].body")).isEqualTo(
                "您家仍有表计未填报 2026-11 的读数，自报将于 2026-11-26 截止，请尽快在 App「我的表计」中填报；逾期将由物业上门抄表或按规定估算。");
        assertThat(told.<String>json("$.items[0].subjectType")).isEqualTo("FACILITY");
        assertThat(told.<String>json("$.items[0].subjectId")).isEqualTo(homes.unit601);
        assertThat(http.get("/api/v1/me/notifications", tenant).<String>json("$.items[0].title"))
                .isEqualTo("Meter readings for 2026-11 still missing");
        // one event, one batch, one bulk write: whoever else was told was told by now
        assertThat(homes.kinds(homes.token(homes.owner602, "OWNER", community, homes.unit602))).isEmpty();
        assertThat(homes.kinds(homes.token(homes.supervisor, "SUPERVISOR", community, null))).isEmpty();
        assertThat(homes.kinds(homes.token(homes.stranger, "OWNER", homes.elsewhere, homes.elsewhere + "-601"))).isEmpty();
    }

    @Test
    void theOpeningOfTheReadingWindowReachesEveryHouseholdOfTheCommunityOnceAndNoOneElse() throws Exception {
        Households homes = new Households();
        String owner601 = homes.token(homes.owner601, "OWNER", community, homes.unit601);
        String tenant601 = homes.token(homes.tenant601, "RESIDENT", community, homes.unit601);
        String owner602 = homes.token(homes.owner602, "OWNER", community, homes.unit602);

        MeterReadingWindowOpened opened = new MeterReadingWindowOpened(UUID.randomUUID().toString(), community,
                Instant.now(), community, "2026-11", LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-26"));
        EventPublishing.publish(kafka, opened, opened); // delivered twice: told once

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(owner601).contains("METER_READING_WINDOW_OPEN")
                && homes.kinds(tenant601).contains("METER_READING_WINDOW_OPEN")
                && homes.kinds(owner602).contains("METER_READING_WINDOW_OPEN"));
        TestHttp.Response told = http.get("/api/v1/me/notifications", owner602);
        assertThat(told.<List<String>>json("$.items[*].kind")).containsExactly("METER_READING_WINDOW_OPEN");
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("2026-11 抄表开始，请自报表计读数");
        assertThat(told.<String>json("$.items[0].body"))
                .isEqualTo("本月业主自报抄表期为 2026-11-22 至 2026-11-26，请在 App「我的表计」中填报您家水表、电表、燃气表的读数。");
        assertThat(homes.kinds(owner601)).containsExactly("METER_READING_WINDOW_OPEN");
        assertThat(homes.kinds(homes.token(homes.supervisor, "SUPERVISOR", community, null))).isEmpty();
        assertThat(homes.kinds(homes.token(homes.stranger, "OWNER", homes.elsewhere, homes.elsewhere + "-601"))).isEmpty();
    }
}
