package io.propertyops.notification.sms;

import io.propertyops.events.Topics;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.notification.delivery.Deliveries;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Delivers owners' one-time login codes by SMS, through whichever SMS channel is configured: at once, before any
 * other delivery, whatever quiet hours and preferences say, once per event, and never after the code expired.
 */
@Component
class LoginCodeListener {

    private final Deliveries deliveries;
    private final Clock clock;

    LoginCodeListener(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-login-codes")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, SmsCodeRequested.class)
                .filter(event -> clock.instant().isBefore(event.expiresAt()))
                .ifPresent(event -> deliveries.planLoginCode(event.eventId(), event.aggregateId(), event.phone(),
                        "您的登录验证码为 %s，5分钟内有效，请勿告诉他人。".formatted(event.code()), clock.instant(),
                        event.expiresAt()));
    }
}
