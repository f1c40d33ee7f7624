package io.propertyops.facility.meter;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MeterReadingHeld;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's acceptance: "an implausible reading is held from billing until approved" — on the real broker. A reading
 * that jumps is held and published for the approvers and as a finding; the month cannot be closed while it is held;
 * it is approved only with a photo and not by its reader; then the close publishes the unit's consumption with it,
 * and the shared lobby meter's split by the units' areas.
 */
@ServiceTest
@MovableClock(HeldReadingAcceptanceTest.START)
class HeldReadingAcceptanceTest {

    static final String START = "2026-11-20T02:00:00Z"; // 10:00 in Shanghai

    @Autowired
    TestHttp http;
    @Autowired
    Estate estate;
    @Autowired
    MutableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @BeforeEach
    void atTheStart() {
        clock.set(Instant.parse(START));
        TestTokens.useClock(clock);
    }

    @AfterAll
    static void realTime() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void anImplausibleReadingIsHeldFromBillingUntilApproved() {
        MeterFixtures estateOf = new MeterFixtures(http, estate);
        String c = estateOf.community;
        String pm = TestTokens.staff("pm-" + c, "PROPERTY_MANAGER", c).token();
        String supervisor = TestTokens.staff("sup-" + c, "SUPERVISOR", c).token();
        String technician = TestTokens.staff("tech-" + c, "TECHNICIAN", c).token();
        String water601 = estateOf.unitWaterMeter(pm, estateOf.unit601, "WM-601");
        String lobby = estateOf.sharedLobbyMeter(pm);

        // ten a month from August to October: a median of 10
        estateOf.readAll(technician, water601, "2026-07-31T02:00:00Z", "110", "2026-08-31T02:00:00Z", "120",
                "2026-09-30T02:00:00Z", "130", "2026-10-31T02:00:00Z", "140");
        estateOf.readAll(technician, lobby, "2026-10-31T02:00:00Z", "50", "2026-11-19T02:00:00Z", "80");

        TestHttp.Response jumped = estateOf.read(supervisor, water601, "2026-11-19T02:00:00Z", "240");
        assertThat(jumped.<String>json("$.items[0].result")).as(jumped.toString()).isEqualTo("HELD");
        String readingId = jumped.json("$.items[0].readingId");

        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            MeterReadingHeld held = facility.awaitOne(MeterReadingHeld.class, e -> e.aggregateId().equals(readingId));
            assertThat(held.rules()).containsExactly("jump");
            assertThat(held.consumption()).isEqualByComparingTo("100");
            assertThat(held.unitId()).isEqualTo(estateOf.unit601);
            FindingReported finding = facility.awaitOne(FindingReported.class, e -> e.aggregateId().equals("meter:" + readingId));
            assertThat(finding.source()).isEqualTo("METER");
            assertThat(finding.faultType()).isEqualTo("meter.implausible-jump");
        }

        assertThat(http.get("/api/v1/meters/periods/" + c + "/2026-11", pm).<Integer>json("$.heldReadings")).isEqualTo(1);
        TestHttp.Response refused = http.post("/api/v1/meters/periods/" + c + "/2026-11/close", pm, "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.<String>json("$.code")).isEqualTo("readings-held");

        TestHttp.Response noPhoto = http.post("/api/v1/meter-readings/" + readingId + "/approve", pm, "{}");
        assertThat(noPhoto.status()).as(noPhoto.toString()).isEqualTo(422);
        assertThat(noPhoto.<String>json("$.code")).isEqualTo("photo-required");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        TestHttp.Response photo = http.send(http.request("/api/v1/meter-readings/" + readingId + "/photo", supervisor)
                .header("Content-Type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(200);
        assertThat(photo.<Boolean>json("$.photo")).isTrue();
        TestHttp.Response byReader = http.post("/api/v1/meter-readings/" + readingId + "/approve", supervisor, "{}");
        assertThat(byReader.status()).as(byReader.toString()).isEqualTo(422);
        assertThat(byReader.<String>json("$.code")).isEqualTo("approver-is-reader");
        assertThat(http.post("/api/v1/meter-readings/" + readingId + "/approve", technician, "{}").status()).isEqualTo(403);

        TestHttp.Response approved = http.post("/api/v1/meter-readings/" + readingId + "/approve", pm,
                "{\"note\":\"照片核实：家中曾漏水\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.<String>json("$.status")).isEqualTo("APPROVED");

        TestHttp.Response closed = http.post("/api/v1/meters/periods/" + c + "/2026-11/close", pm, "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.<Integer>json("$.published")).isEqualTo(2);

        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            facility.awaitOne(FindingCleared.class, e -> e.aggregateId().equals("meter:" + readingId));
            ConsumptionApproved unit601 = facility.awaitOne(ConsumptionApproved.class,
                    e -> e.communityId().equals(c) && e.unitId().equals(estateOf.unit601));
            assertThat(unit601.period()).isEqualTo("2026-11");
            assertThat(unit601.meterKind()).isEqualTo("WATER");
            assertThat(unit601.ownQuantity()).as("240 − 140, the approved reading counted").isEqualByComparingTo("100");
            assertThat(unit601.sharedQuantity()).as("30 of the lobby × 89.50 / 209.50").isEqualByComparingTo("12.816");
            assertThat(unit601.quantity()).isEqualByComparingTo("112.816");
            assertThat(unit601.quantityUnit()).isEqualTo("m3");
            assertThat(unit601.version()).isEqualTo(1);
            ConsumptionApproved unit602 = facility.awaitOne(ConsumptionApproved.class,
                    e -> e.communityId().equals(c) && e.unitId().equals(estateOf.unit602));
            assertThat(unit602.ownQuantity()).isZero();
            assertThat(unit602.sharedQuantity()).isEqualByComparingTo("17.184");
        }

        assertThat(http.post("/api/v1/meters/periods/" + c + "/2026-11/close", pm, "").<Integer>json("$.published"))
                .as("closed once").isZero();
        TestHttp.Response late = estateOf.read(technician, water601, "2026-11-19T08:00:00Z", "241");
        assertThat(late.<String>json("$.items[0].problem")).isEqualTo("period-closed");
    }

    @Test
    void aRejectedReadingNeverCountsAndTheMonthClosesWithoutIt() {
        MeterFixtures estateOf = new MeterFixtures(http, estate);
        String c = estateOf.community;
        String pm = TestTokens.staff("pm-" + c, "PROPERTY_MANAGER", c).token();
        String technician = TestTokens.staff("tech-" + c, "TECHNICIAN", c).token();
        String water601 = estateOf.unitWaterMeter(pm, estateOf.unit601, "WM-601");
        estateOf.readAll(technician, water601, "2026-10-31T02:00:00Z", "140", "2026-11-10T02:00:00Z", "150");

        TestHttp.Response fell = estateOf.read(technician, water601, "2026-11-18T02:00:00Z", "120");
        assertThat(fell.<String>json("$.items[0].result")).isEqualTo("HELD");
        String readingId = fell.json("$.items[0].readingId");
        assertThat(http.get("/api/v1/meter-readings/" + readingId, pm).<List<String>>json("$.rules")).containsExactly("negative-delta");
        assertThat(http.post("/api/v1/meter-readings/" + readingId + "/reject", pm, "{}").<String>json("$.code"))
                .isEqualTo("reason-required");
        assertThat(http.post("/api/v1/meter-readings/" + readingId + "/reject", pm, "{\"note\":\"读错了表\"}").<String>json("$.status"))
                .isEqualTo("REJECTED");

        assertThat(http.post("/api/v1/meters/periods/" + c + "/2026-11/close", pm, "").status()).isEqualTo(200);
        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            ConsumptionApproved unit601 = facility.awaitOne(ConsumptionApproved.class,
                    e -> e.communityId().equals(c) && e.unitId().equals(estateOf.unit601));
            assertThat(unit601.ownQuantity()).as("150 − 140: the rejected 120 is not in it").isEqualByComparingTo(new BigDecimal("10"));
        }
    }
}
