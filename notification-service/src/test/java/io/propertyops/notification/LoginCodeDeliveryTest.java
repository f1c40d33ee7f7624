package io.propertyops.notification;

import io.propertyops.events.EventEnvelope;
import io.propertyops.events.Topics;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class LoginCodeDeliveryTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    void publish(SmsCodeRequested event) throws Exception {
        EventEnvelope envelope = EventEnvelope.of(event, "security-service");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        kafka.send(new ProducerRecord<>(Topics.SECURITY, null, event.aggregateId(), envelope.data(), headers)).get();
    }

    List<String> texts(String phone, String role) {
        var response = http.get("/api/v1/admin/sms-sink?phone=" + phone,
                TestTokens.staff("admin-1", role, "c1").token());
        return response.status() == 200 ? response.json("$[*].text") : List.of("HTTP " + response.status());
    }

    @Test
    void aLoginCodeIsTextedOnceToThePhoneEvenWhenRedelivered() throws Exception {
        String phone = "1380013" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10_000);
        SmsCodeRequested code = new SmsCodeRequested(UUID.randomUUID().toString(), "owner-1", Instant.now(), phone,
                "042917", "LOGIN", Instant.now().plusSeconds(300));
        publish(code);
        publish(code);
        SmsCodeRequested later = new SmsCodeRequested(UUID.randomUUID().toString(), "owner-1", Instant.now(), phone,
                "731046", "LOGIN", Instant.now().plusSeconds(300));
        publish(later);

        await().atMost(Duration.ofSeconds(20)).until(() -> texts(phone, "ADMIN").size() >= 2);
        assertThat(texts(phone, "ADMIN")).hasSize(2).anyMatch(text -> text.contains("042917")).anyMatch(text -> text.contains("731046"));
        assertThat(texts(phone, "CUSTOMER_SERVICE")).containsExactly("HTTP 403");
    }
}
