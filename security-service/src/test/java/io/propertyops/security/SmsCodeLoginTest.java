package io.propertyops.security;

import io.propertyops.events.CloudEventHeaders;
import io.propertyops.events.EventJson;
import io.propertyops.events.Topics;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.security.sms.application.SmsCodeGrant;
import io.propertyops.testsupport.TestHttp;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SmsCodeLoginTest extends SecurityServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    static TestHttp http() {
        return TestHttp.at(issuer());
    }

    static TestHttp.Response requestCode(String phone) {
        return http().post("/login/sms-code", null, "{\"phone\": \"" + phone + "\"}");
    }

    static TestHttp.Response exchange(String phone, String code) {
        String form = "grant_type=" + URLEncoder.encode(SmsCodeGrant.GRANT_TYPE, StandardCharsets.UTF_8)
                + "&client_id=" + APP + "&phone=" + phone + "&code=" + code;
        return http().send(http().request("/oauth2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The code as notification-service receives it: from the event on the security topic. */
    static String deliveredCode(String kafkaBootstrap, String phone) {
        List<SmsCodeRequested> sent = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", kafkaBootstrap, "group.id", "sms-check-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SECURITY));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals("propertyops.security.sms-code-requested.v1")) {
                        SmsCodeRequested event = EventJson.read(record.value(), SmsCodeRequested.class);
                        if (event.phone().equals(phone)) {
                            sent.add(event);
                        }
                    }
                });
                return !sent.isEmpty();
            });
        }
        return sent.getLast().code();
    }

    @Test
    void anOwnerSignsInWithTheCodeSentToTheirPhoneOnce() throws Exception {
        var requested = requestCode(OWNER_USERNAME);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String code = deliveredCode(kafkaBootstrap, OWNER_USERNAME);

        var tokens = exchange(OWNER_USERNAME, code);

        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        assertThat(tokens.<String>json("$.refresh_token")).isNotBlank();
        var claims = SignedTokens.verifiedClaims(tokens.json("$.access_token"), server());
        assertThat(claims.getSubject()).isEqualTo(OWNER_ID);
        assertThat(claims.getStringListClaim("roles")).containsExactly("OWNER");
        assertThat(claims.getStringListClaim("unit_ids")).containsExactly(OWNER_UNIT);

        var again = exchange(OWNER_USERNAME, code);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void guessingTheCodeExhaustsIt() {
        String phone = "13800000004";
        assertThat(requestCode(phone).status()).isEqualTo(202);
        String code = deliveredCode(kafkaBootstrap, phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(exchange(phone, wrong).body()).contains("invalid_grant");
        }
        assertThat(exchange(phone, code).body()).contains("invalid_grant");
    }

    @Test
    void aPhoneMayAskOnlyOnceAMinuteAndUnknownPhonesAreAnsweredAlike() {
        assertThat(requestCode("13800000005").status()).isEqualTo(202);
        var tooSoon = requestCode("13800000005");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.<String>json("$.code")).isEqualTo("rate-limited");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 60L);

        assertThat(requestCode("13999999999").status()).isEqualTo(202);
        var malformed = requestCode("12345");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.<String>json("$.code")).isEqualTo("validation-failed");
    }

    @Test
    void theCodeGrantNeedsAPhoneAndACode() {
        var response = exchange("oops", "1");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }
}
