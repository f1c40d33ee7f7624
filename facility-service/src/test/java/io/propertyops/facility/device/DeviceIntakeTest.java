package io.propertyops.facility.device;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.facility.device.domain.Signatures;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.domain.Community;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The device intake on the real broker: batches signed with the gateway's secret (refused when the signature is
 * wrong, the timestamp old or the batch sent before), a pump's alarm raised, raised again, cleared and raised again
 * as two findings, and a burst of 10,000 items taken in bulk.
 */
@ServiceTest
@MovableClock(DeviceIntakeTest.START)
class DeviceIntakeTest {

    static final String START = "2026-11-20T02:00:00Z";

    @Autowired
    TestHttp http;
    @Autowired
    Estate estate;
    @Autowired
    MutableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    final String community = "community-" + UUID.randomUUID();
    final String pump = "equipment-pump-" + UUID.randomUUID();
    String pm;
    String gateway;
    String secret;

    @BeforeEach
    void aGatewayWithAPump() {
        clock.set(Instant.parse(START));
        TestTokens.useClock(clock);
        estate.insert(new Community(community, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号", List.of(), List.of(), List.of(), 1),
                List.of());
        pm = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        TestHttp.Response registered = http.post("/api/v1/device-gateways", pm,
                "{\"communityId\":\"" + community + "\",\"name\":\"3号楼 水泵房网关\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        gateway = registered.json("$.id");
        secret = registered.json("$.secret");
        assertThat(http.get("/api/v1/device-gateways/" + gateway, pm).<String>json("$.secret")).isNull();
        putDevice("pump-2", "{\"name\":\"2号生活泵\",\"location\":{\"kind\":\"COMMON_AREA\",\"id\":\"pump-room-3\"},"
                + "\"locationName\":\"3号楼 水泵房\",\"equipmentId\":\"" + pump + "\",\"category\":\"plumbing\"}");
    }

    @AfterAll
    static void realTime() {
        TestTokens.useClock(Clock.systemUTC());
    }

    void putDevice(String deviceId, String body) {
        TestHttp.Response put = http.send(http.request("/api/v1/device-gateways/" + gateway + "/devices/" + deviceId, pm)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    TestHttp.Response send(String body, long timestamp, String signature) {
        HttpRequest.Builder request = http.request("/api/v1/device-intake/" + gateway + "/batches", null)
                .header("Content-Type", "application/json")
                .header("X-Device-Timestamp", String.valueOf(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Device-Signature", signature);
        }
        return http.send(request);
    }

    /** Signed now, a minute after the batch before. */
    TestHttp.Response signed(String body) {
        clock.advance(Duration.ofMinutes(1));
        long now = clock.instant().getEpochSecond();
        return send(body, now, "sha256=" + Signatures.sign(secret, String.valueOf(now), body.getBytes(StandardCharsets.UTF_8)));
    }

    String alarm(String batchId, String state, String at) {
        return """
                {"batchId":"%s","alarms":[{"deviceId":"pump-2","alarmType":"pressure-low","state":"%s","at":"%s","value":"0.12 MPa"}]}"""
                .formatted(batchId, state, at);
    }

    @Test
    void refusesABadSignatureAnOldTimestampAndAReplay() {
        String body = alarm("b-1", "RAISED", "2026-11-20T01:59:00Z");
        long now = clock.instant().plusSeconds(60).getEpochSecond();

        TestHttp.Response forged = send(body, now, "sha256=" + Signatures.sign("not-the-secret", String.valueOf(now), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(forged.<String>json("$.code")).isEqualTo("bad-signature");
        assertThat(send(body, now, null).status()).as("no signature").isEqualTo(401);
        String tampered = alarm("b-1", "CLEARED", "2026-11-20T01:59:00Z");
        assertThat(send(tampered, now, Signatures.sign(secret, String.valueOf(now), body.getBytes(StandardCharsets.UTF_8))).status())
                .as("a body other than the one signed").isEqualTo(401);

        long old = clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();
        TestHttp.Response stale = send(body, old, Signatures.sign(secret, String.valueOf(old), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(401);
        assertThat(stale.<String>json("$.code")).isEqualTo("stale-timestamp");

        TestHttp.Response accepted = signed(body);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.<Integer>json("$.findingsRaised")).isEqualTo(1);

        TestHttp.Response replayed = signed(body);
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(409);
        assertThat(replayed.<String>json("$.code")).isEqualTo("replayed-batch");

        TestHttp.Response malformed = signed("{\"batchId\":\"b-2\",\"alarms\":[{\"deviceId\":\"pump-2\"}]}");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void twoAlarmsAboutTheSamePumpAreTwoFindingsRaiseClearRaise() {
        assertThat(signed(alarm("p-1", "RAISED", "2026-11-20T01:00:00Z")).<Integer>json("$.findingsRaised")).isEqualTo(1);
        assertThat(signed(alarm("p-2", "RAISED", "2026-11-20T01:05:00Z")).<Integer>json("$.findingsRaised"))
                .as("raised again while open").isZero();
        assertThat(signed(alarm("p-3", "CLEARED", "2026-11-20T01:20:00Z")).<Integer>json("$.findingsCleared")).isEqualTo(1);
        assertThat(signed(alarm("p-4", "RAISED", "2026-11-20T01:40:00Z")).<Integer>json("$.findingsRaised")).isEqualTo(1);
        assertThat(signed(alarm("p-5", "RAISED", "2026-11-20T01:00:00Z")).<Integer>json("$.findingsRaised"))
                .as("old news").isZero();

        try (EventTap facility = EventTap.on(kafka, Topics.FACILITY)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                facility.awaitOne(FindingCleared.class, e -> pump.equals(e.equipmentId()));
                assertThat(facility.matching(FindingReported.class, e -> pump.equals(e.equipmentId()))).hasSize(2);
            });
            List<FindingReported> findings = facility.matching(FindingReported.class, e -> pump.equals(e.equipmentId()));
            assertThat(findings).extracting(FindingReported::faultType).containsOnly("pressure-low");
            assertThat(findings).extracting(FindingReported::source).containsOnly("DEVICE");
            assertThat(findings).extracting(FindingReported::category).containsOnly("plumbing");
            String episode = "device:" + gateway + "/pump-2/pressure-low@";
            String first = episode + Instant.parse("2026-11-20T01:00:00Z").toEpochMilli();
            assertThat(findings).extracting(FindingReported::aggregateId)
                    .containsExactlyInAnyOrder(first, episode + Instant.parse("2026-11-20T01:40:00Z").toEpochMilli());
            assertThat(facility.matching(FindingCleared.class, e -> pump.equals(e.equipmentId())).getFirst().aggregateId())
                    .isEqualTo(first);
        }
        TestHttp.Response listed = http.get("/api/v1/findings?communityId=" + community + "&source=DEVICE&equipmentId=" + pump, pm);
        assertThat(listed.<List<String>>json("$.items[*].status")).containsExactly("OPEN", "CLEARED");
    }

    @Test
    void takesABurstOfTenThousandItemsInOneBatch() {
        int meters = 200;
        int hours = 49;
        StringBuilder readings = new StringBuilder();
        StringBuilder alarms = new StringBuilder();
        for (int m = 0; m < meters; m++) {
            TestHttp.Response meter = http.post("/api/v1/meters", pm, """
                    {"communityId":"%s","kind":"WATER","serial":"IOT-%d","location":{"kind":"UNIT","id":"%s-u%d"},
                     "initialValues":{"TOTAL":0},"installedAt":"2026-06-01T00:00:00Z"}""".formatted(community, m, community, m));
            assertThat(meter.status()).as(meter.toString()).isEqualTo(201);
            putDevice("meter-" + m, "{\"name\":\"远传水表 " + m + "\",\"location\":{\"kind\":\"UNIT\",\"id\":\"" + community + "-u" + m
                    + "\"},\"meterId\":\"" + meter.json("$.id") + "\",\"category\":\"plumbing\"}");
            for (int h = hours; h >= 1; h--) {
                readings.append(readings.isEmpty() ? "" : ",").append("{\"deviceId\":\"meter-").append(m).append("\",\"at\":\"")
                        .append(clock.instant().minus(Duration.ofHours(h))).append("\",\"value\":")
                        .append(hours - h + 1).append(".5}");
            }
            alarms.append(alarms.isEmpty() ? "" : ",").append("{\"deviceId\":\"meter-").append(m)
                    .append("\",\"alarmType\":\"leak\",\"state\":\"RAISED\",\"at\":\"").append(clock.instant().minusSeconds(60)).append("\"}");
        }
        String body = "{\"batchId\":\"burst-1\",\"alarms\":[" + alarms + "],\"readings\":[" + readings + "]}";

        long started = System.nanoTime();
        TestHttp.Response accepted = signed(body);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.<Integer>json("$.readingsCounted")).isEqualTo(meters * hours);
        assertThat(accepted.<Integer>json("$.findingsRaised")).isEqualTo(meters);
        assertThat(accepted.<List<Object>>json("$.refusedReadings")).isEmpty();
        System.out.printf("device intake: a batch of %d items (%d readings, %d alarms), %d bytes, answered in %d ms%n",
                meters * (hours + 1), meters * hours, meters, body.length(), millis);

        started = System.nanoTime();
        TestHttp.Response again = signed(body.replace("burst-1", "burst-2"));
        System.out.printf("device intake: the same %d items again as another batch (all duplicates) in %d ms%n",
                meters * (hours + 1), (System.nanoTime() - started) / 1_000_000);
        assertThat(again.<Integer>json("$.readingsDuplicate")).as("the same readings again").isEqualTo(meters * hours);
        assertThat(again.<Integer>json("$.findingsRaised")).isZero();
    }
}
