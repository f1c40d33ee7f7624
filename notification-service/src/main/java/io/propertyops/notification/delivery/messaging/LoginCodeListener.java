package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.Deliveries;

import io.propertyops.events.Topics;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.starter.messaging.EventBatches;
import java.util.List;
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
    private final EventBatches batches;

    LoginCodeListener(Deliveries deliveries, Clock clock, EventBatches batches) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-login-codes")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            if (incoming.event() instanceof SmsCodeRequested event && clock.instant().isBefore(event.expiresAt())) {
                deliveries.planLoginCode(event.eventId(), event.aggregateId(), event.phone(),
                        "您的登录验证码为 %s，5分钟内有效，请勿告诉他人。".formatted(event.code()), clock.instant(),
                        event.expiresAt());
            }
        });
    }
}
