package io.propertyops.facility.meter;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.MeterVerificationDue;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.meter.application.MeterVerificationWatch;
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

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Readings from owners within the window and from a CSV file, and the verification reminder. */
@ServiceTest
@MovableClock(HeldReadingAcceptanceTest.START)
class MeterChannelsTest {

    @Autowired
    TestHttp http;
    @Autowired
    Estate estate;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterVerificationWatch watch;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MeterFixtures estateOf;
    String pm;
    String water601;

    @BeforeEach
    void aUnitWithAMeter() {
        clock.set(Instant.parse(HeldReadingAcceptanceTest.START)); // 20 November, 10:00 in Shanghai
        TestTokens.useClock(clock);
        estateOf = new MeterFixtures(http, estate);
        pm = TestTokens.staff("pm-" + estateOf.community, "PROPERTY_MANAGER", estateOf.community).token();
        water601 = estateOf.unitWaterMeter(pm, estateOf.unit601, "WM-601");
    }

    @AfterAll
    static void realTime() {
        TestTokens.useClock(Clock.systemUTC());
    }

    TestHttp.Response setWindow(int from, int to) {
        return http.send(http.request("/api/v1/meters/reporting-windows/" + estateOf.community, pm)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"dayFrom\":" + from + ",\"dayTo\":" + to + "}")));
    }

    @Test
    void ownersReportTheirOwnMetersOncePerMonthWithinTheWindow() {
        String owner = TestTokens.owner("owner-601", estateOf.community, estateOf.unit601).token();
        String neighbour = TestTokens.owner("owner-602", estateOf.community, estateOf.unit602).token();
        String reading = "{\"meterId\":\"" + water601 + "\",\"value\":104.5}";

        TestHttp.Response noWindow = http.post("/api/v1/me/meter-readings", owner, reading);
        assertThat(noWindow.status()).as(noWindow.toString()).isEqualTo(422);
        assertThat(noWindow.<String>json("$.code")).isEqualTo("reporting-window-closed");
        assertThat(setWindow(25, 28).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/me/meter-readings", owner, reading).<String>json("$.code")).isEqualTo("reporting-window-closed");
        assertThat(setWindow(18, 22).<Boolean>json("$.openToday")).isTrue();

        assertThat(http.get("/api/v1/me/meters", owner).<List<String>>json("$[*].id")).containsExactly(water601);
        assertThat(http.get("/api/v1/me/meters", owner).<Boolean>json("$[0].reportingOpen")).isTrue();
        assertThat(http.get("/api/v1/me/meters", neighbour).<List<String>>json("$[*].id")).isEmpty();
        assertThat(http.post("/api/v1/me/meter-readings", neighbour, reading).status()).as("not the neighbour's").isEqualTo(404);

        TestHttp.Response reported = http.post("/api/v1/me/meter-readings", owner, reading);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.<String>json("$.source")).isEqualTo("OWNER");
        assertThat(reported.<String>json("$.status")).isEqualTo("COUNTED");
        assertThat(http.post("/api/v1/me/meter-readings", owner, reading).status()).as("the same again").isEqualTo(200);
        TestHttp.Response other = http.post("/api/v1/me/meter-readings", owner, "{\"meterId\":\"" + water601 + "\",\"value\":107}");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.<String>json("$.code")).isEqualTo("already-reported");
        assertThat(http.get("/api/v1/meter-readings/" + reported.<String>json("$.id"), owner).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/meter-readings/" + reported.<String>json("$.id"), neighbour).status()).isEqualTo(404);
    }

    @Test
    void anImportWithOneBadLineWritesNothingAndTheSameFileTwiceRecordsOnce() {
        String bad = "serial,readAt,value,occupied\nWM-601,2026-11-18 09:00,120.5,true\nWM-999,2026-11-18 09:05,12,\nWM-601,2026-11-19 09:00,abc,\n";
        TestHttp.Response refused = importCsv(bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.<String>json("$.code")).isEqualTo("import-rejected");
        assertThat(refused.<List<Integer>>json("$.lines[*].line")).containsExactly(3, 4);
        assertThat(http.get("/api/v1/meter-readings?communityId=" + estateOf.community, pm).<List<Object>>json("$")).isEmpty();

        String good = "serial,readAt,value,occupied\nWM-601,2026-11-18 09:00,120.5,true\nWM-601,2026-11-19T09:00:00+08:00,121,\n";
        TestHttp.Response imported = importCsv(good);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.<Integer>json("$.counted")).isEqualTo(2);
        assertThat(importCsv(good).<Integer>json("$.duplicates")).isEqualTo(2);
        assertThat(http.get("/api/v1/meter-readings?communityId=" + estateOf.community, pm).<List<String>>json("$[*].source"))
                .containsExactly("IMPORT", "IMPORT");
    }

    private TestHttp.Response importCsv(String csv) {
        return http.send(http.request("/api/v1/meter-readings/imports?communityId=" + estateOf.community, pm)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void remindsOfAVerificationThirtyDaysBeforeItExpiresOnce() {
        String meter = estateOf.add(pm, """
                {"communityId":"%s","kind":"ELECTRICITY","serial":"EM-601","location":{"kind":"UNIT","id":"%s"},
                 "verification":{"verifiedOn":"2020-12-31","intervalMonths":72}}""".formatted(estateOf.community, estateOf.unit601));
        assertThat(http.get("/api/v1/meters/" + meter, pm).<String>json("$.verification.expiresOn")).isEqualTo("2026-12-31");

        watch.runDue();
        clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 1 December, 00:00 in Shanghai: 30 days before
        watch.runDue();
        watch.runDue();

        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            MeterVerificationDue due = facility.awaitOne(MeterVerificationDue.class, e -> e.aggregateId().equals(meter));
            assertThat(due.expiresOn()).isEqualTo(LocalDate.parse("2026-12-31"));
            assertThat(due.unitId()).isEqualTo(estateOf.unit601);
            assertThat(due.meterKind()).isEqualTo("ELECTRICITY");
            clock.advance(Duration.ofDays(3));
            watch.runDue();
            facility.awaitOne(MeterVerificationDue.class, e -> e.communityId().equals(estateOf.community));
        }
    }
}
