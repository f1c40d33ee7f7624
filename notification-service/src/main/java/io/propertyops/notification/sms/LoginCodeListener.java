package io.propertyops.notification.sms;

import io.propertyops.events.Topics;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Delivers owners' one-time login codes by SMS (for now through the development sink). */
@Component
class LoginCodeListener {

    private final SmsSink sms;
    private final Clock clock;

    LoginCodeListener(SmsSink sms, Clock clock) {
        this.sms = sms;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-login-codes")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, SmsCodeRequested.class)
                .filter(event -> clock.instant().isBefore(event.expiresAt()))
                .ifPresent(event -> sms.send(event.eventId(), event.phone(),
                        "【物业服务】您的登录验证码为 %s，5分钟内有效，请勿告诉他人。".formatted(event.code()), clock.instant()));
    }
}
