package io.propertyops.facility.meter;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.events.facility.MeterReadingWindowOpened;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.meter.application.ReadingWindowWatch;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners are told when their community's reporting window opens, and the owners of a unit whose meters are still
 * unread two days before it closes are reminded — each once, whatever the watch's ticks.
 */
@ServiceTest
@MovableClock(HeldReadingAcceptanceTest.START)
class ReadingWindowRemindersTest {

    /** 22 November, 00:00 in Shanghai: the window of 22 to 26 November opens. */
    static final Instant OPENS = Instant.parse("2026-11-21T16:00:00Z");
    /** 25 November, 00:00 in Shanghai: two days before the window closes at the end of the 26th. */
    static final Instant REMINDS = Instant.parse("2026-11-24T16:00:00Z");

    @Autowired
    TestHttp http;
    @Autowired
    Estate estate;
    @Autowired
    MutableClock clock;
    @Autowired
    ReadingWindowWatch watch;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @AfterAll
    static void realTime() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void ownersAreToldOnceWhenTheWindowOpensAndUnitsWithUnreadMetersOnceBeforeItCloses() {
        clock.set(Instant.parse(HeldReadingAcceptanceTest.START)); // 20 November
        TestTokens.useClock(clock);
        MeterFixtures estateOf = new MeterFixtures(http, estate);
        String community = estateOf.community;
        String pm = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        String water601 = estateOf.unitWaterMeter(pm, estateOf.unit601, "WM-601");
        String water602 = estateOf.unitWaterMeter(pm, estateOf.unit602, "WM-602");
        String power602 = estateOf.add(pm, """
                {"communityId":"%s","kind":"ELECTRICITY","serial":"EM-602","location":{"kind":"UNIT","id":"%s"},
                 "initialValues":{"TOTAL":0},"installedAt":"2026-06-01T00:00:00Z"}""".formatted(community, estateOf.unit602));
        estateOf.sharedLobbyMeter(pm); // a common meter: nobody's to report
        TestHttp.Response window = http.send(http.request("/api/v1/meters/reporting-windows/" + community, pm)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"dayFrom\":22,\"dayTo\":26}")));
        assertThat(window.status()).as(window.toString()).isEqualTo(200);

        watch.runDue(); // 20 November: not open yet
        clock.set(OPENS);
        watch.runDue();
        watch.runDue();

        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            MeterReadingWindowOpened opened = facility.awaitOne(MeterReadingWindowOpened.class,
                    e -> e.communityId().equals(community));
            assertThat(opened.occurredAt()).as("published on the first day, not before").isEqualTo(OPENS);
            assertThat(opened.month()).isEqualTo("2026-11");
            assertThat(opened.opensOn()).isEqualTo(LocalDate.parse("2026-11-22"));
            assertThat(opened.closesOn()).isEqualTo(LocalDate.parse("2026-11-26"));

            // 601's owner reports in the app, 602's electricity is read on a staff round; 602's water stays unread
            clock.set(Instant.parse("2026-11-23T02:00:00Z"));
            String owner601 = TestTokens.owner("owner-601-" + community, community, estateOf.unit601).token();
            TestHttp.Response reported = http.post("/api/v1/me/meter-readings", owner601,
                    "{\"meterId\":\"" + water601 + "\",\"value\":104.5}");
            assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
            String tech = TestTokens.staff("tech-" + community, "TECHNICIAN", community).token();
            TestHttp.Response round = estateOf.read(tech, power602, "2026-11-23T01:00:00Z", "310");
            assertThat(round.<Integer>json("$.counted")).as(round.toString()).isEqualTo(1);

            clock.set(REMINDS.minusSeconds(60));
            watch.runDue();
            assertThat(mongo.findById(estateOf.unit602 + ":2026-11", Document.class, "meter_reading_reminders"))
                    .as("not reminded before the lead").isNull();

            clock.set(REMINDS);
            watch.runDue();
            clock.set(REMINDS.plusSeconds(3600));
            watch.runDue();

            MeterReadingMissing missing = facility.awaitOne(MeterReadingMissing.class,
                    e -> e.unitId().equals(estateOf.unit602));
            assertThat(missing.communityId()).isEqualTo(community);
            assertThat(missing.month()).isEqualTo("2026-11");
            assertThat(missing.closesOn()).isEqualTo(LocalDate.parse("2026-11-26"));
            assertThat(missing.meters()).containsExactly(new MeterReadingMissing.Meter(water602, "WATER", "WM-602"));
            assertThat(missing.occurredAt()).isEqualTo(REMINDS);
            assertThat(mongo.findById(estateOf.unit601 + ":2026-11", Document.class, "meter_reading_reminders"))
                    .as("the unit that reported is not reminded").isNull();
            assertThat(facility.matching(MeterReadingMissing.class, e -> e.unitId().equals(estateOf.unit601))).isEmpty();
            // exactly one of each, after three more ticks
            assertThat(facility.awaitOne(MeterReadingWindowOpened.class, e -> e.communityId().equals(community)))
                    .isEqualTo(opened);
            assertThat(facility.awaitOne(MeterReadingMissing.class, e -> e.communityId().equals(community)))
                    .isEqualTo(missing);
        }
    }
}
