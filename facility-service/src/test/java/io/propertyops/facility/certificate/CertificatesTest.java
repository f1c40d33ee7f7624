package io.propertyops.facility.certificate;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.CertificateExpired;
import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.facility.certificate.application.CertificateWatch;
import io.propertyops.facility.equipment.EquipmentJson;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@MovableClock("2026-11-01T02:00:00Z")
@TestPropertySource(properties = {"propertyops.facility.certificates.max-document-size=64KB",
        "propertyops.facility.certificates.watch-interval=PT1H"})
class CertificatesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    CertificateWatch watch;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String community = "community-" + UUID.randomUUID();

    @AfterAll
    static void tokensAtTheRealTimeAgain() {
        TestTokens.useClock(java.time.Clock.systemUTC());
    }

    String supervisor() {
        TestTokens.useClock(clock);
        return TestTokens.staff("supervisor-" + community, "SUPERVISOR", community).token();
    }

    String registeredLift() {
        TestHttp.Response lift = http.post(EquipmentJson.registerIn(community), supervisor(), EquipmentJson.lift(
                "LIFT-" + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(lift.status()).as("%s", lift).isEqualTo(201);
        return lift.json("$.id");
    }

    TestHttp.Response record(String equipmentId, String issuedOn, String expiresOn) {
        return http.post("/api/v1/equipment/" + equipmentId + "/certificates", supervisor(), """
                {"kind": "LIFT_ANNUAL_INSPECTION", "number": "TSX-%s", "issuer": "杭州市特种设备检测研究院",
                 "issuedOn": "%s", "expiresOn": "%s"}""".formatted(expiresOn, issuedOn, expiresOn));
    }

    TestHttp.Response upload(String certificateId, String fileName, String contentType, byte[] content) {
        String boundary = "----cert" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request("/api/v1/certificates/" + certificateId + "/documents", supervisor())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
        watch.tick();
    }

    /** 2026-12-31 is the last valid day: reminders at 00:00 Shanghai on Dec 1 and Dec 24, expiry on Jan 1. */
    @Test
    void remindsThirtyAndSevenDaysBeforeOnceEachAndAtExpiryHoldsTheEquipmentUntilANewOneIsRecorded() {
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        String lift = registeredLift();
        TestHttp.Response recorded = record(lift, "2025-12-20", "2026-12-31");
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        String certificate = recorded.json("$.id");

        at("2026-11-30T15:59:00Z");
        at("2026-11-30T16:00:00Z");
        at("2026-12-10T00:00:00Z");
        at("2026-12-23T16:00:00Z");
        at("2026-12-24T16:00:00Z");
        assertThat(http.get("/api/v1/equipment/" + lift, supervisor()).<Boolean>json("$.outOfService")).isFalse();
        at("2026-12-31T16:00:00Z");
        at("2027-01-01T16:00:00Z");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            CertificateExpired expired = tap.awaitOne(CertificateExpired.class, e -> e.aggregateId().equals(certificate));
            assertThat(expired.occurredAt()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
            assertThat(expired.equipmentId()).isEqualTo(lift);
            assertThat(expired.responsibleStaffId()).isEqualTo("tech-0012");
            List<CertificateExpiring> reminders = tap.matching(CertificateExpiring.class,
                    e -> e.aggregateId().equals(certificate));
            assertThat(reminders).extracting(CertificateExpiring::threshold).containsExactly(30, 7);
            assertThat(reminders).extracting(CertificateExpiring::daysLeft).containsExactly(30, 7);
            assertThat(reminders).extracting(CertificateExpiring::occurredAt).containsExactly(
                    Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-12-23T16:00:00Z"));
            assertThat(tap.matching(CertificateExpired.class, e -> e.aggregateId().equals(certificate))).hasSize(1);
        }
        TestHttp.Response held = http.get("/api/v1/equipment/" + lift, supervisor());
        assertThat(held.<Boolean>json("$.outOfService")).isTrue();
        assertThat(held.<String>json("$.state")).as("the state is the machine's, the hold the law's").isEqualTo("OPERATIONAL");
        assertThat(held.<List<String>>json("$.holds[*].id")).containsExactly(certificate);
        assertThat(http.get("/api/v1/certificates?communityId=" + community + "&expiringWithinDays=0", supervisor())
                .<List<String>>json("$.items[*].status")).containsExactly("EXPIRED");

        TestHttp.Response renewed = record(lift, "2026-12-30", "2027-12-31");
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(http.get("/api/v1/equipment/" + lift, supervisor()).<Boolean>json("$.outOfService")).isFalse();
        assertThat(http.get("/api/v1/certificates/" + certificate, supervisor()).<String>json("$.status"))
                .isEqualTo("SUPERSEDED");
        assertThat(http.get("/api/v1/equipment/" + lift + "/certificates", supervisor())
                .<List<String>>json("$.items[*].id")).containsExactly(renewed.json("$.id"), certificate);
        assertThat(http.get("/api/v1/certificates?communityId=" + community + "&expiringWithinDays=30", supervisor())
                .<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    void keepsScannedPdfAndJpegDocumentsAndRefusesOthers() {
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        String certificate = record(registeredLift(), "2026-10-20", "2027-10-19").json("$.id");

        TestHttp.Response stored = upload(certificate, "2026电梯年检合格证.pdf", "application/pdf", PDF);
        assertThat(stored.status()).as("%s", stored).isEqualTo(201);
        assertThat(stored.<String>json("$.contentType")).isEqualTo("application/pdf");
        HttpResponse<byte[]> download = download(stored.header("Location"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(http.get("/api/v1/certificates/" + certificate, supervisor()).<List<String>>json("$.documents[*].fileName"))
                .containsExactly("2026电梯年检合格证.pdf");

        byte[] jpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, 64);
        assertThat(upload(certificate, "scan.jpg", "image/jpeg", jpeg).status()).isEqualTo(201);
        assertThat(upload(certificate, "notes.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))
                .status()).as("a PDF in name only").isEqualTo(415);
        assertThat(upload(certificate, "scan.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}).status())
                .isEqualTo(415);
        byte[] large = Arrays.copyOf(PDF, 100 * 1024);
        TestHttp.Response tooLarge = upload(certificate, "big.pdf", "application/pdf", large);
        assertThat(tooLarge.status()).as("%s", tooLarge).isEqualTo(413);
        assertThat(http.get("/api/v1/certificates/" + certificate, supervisor()).<List<Object>>json("$.documents"))
                .hasSize(2);

        assertThat(download(stored.header("Location"), TestTokens.staff("cs", "CUSTOMER_SERVICE", "elsewhere").token())
                .statusCode()).isEqualTo(404);
        assertThat(download("/api/v1/certificates/" + certificate + "/documents/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    HttpResponse<byte[]> download(String path) {
        return download(path, TestTokens.staff("tech", "TECHNICIAN", community).token());
    }

    HttpResponse<byte[]> download(String path, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(http.request(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
