package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;

import io.propertyops.starter.scheduling.LockedJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The second step of an escalation's chain, one replica at a time: when its push failed for good, or the message is
 * still unread in the inbox {@code propertyops.notification.fallback.unread-after} after it was sent, an SMS goes
 * to the person's phone, once; a message read in the app by then needs none.
 */
@Component
class EscalationFallback extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationFallback.class);

    private final Deliveries deliveries;
    private final ReadReceipts receipts;
    private final Clock clock;

    EscalationFallback(Deliveries deliveries, ReadReceipts receipts, Clock clock, MongoTemplate mongo,
                       @Value("${propertyops.notification.delivery.interval:PT1S}") Duration interval) {
        super("escalation-fallback", interval, Duration.ofMinutes(1), mongo);
        this.deliveries = deliveries;
        this.receipts = receipts;
        this.clock = clock;
    }

    @Override
    protected void run() {
        Instant now = clock.instant();
        for (OutboundDelivery push : deliveries.fallbacksDue(now, 200)) {
            boolean read = receipts.read(push.eventId(), push.recipientId());
            if (!deliveries.save(push.checkingFallbackAt(null))) {
                continue; // the sender recorded an attempt meanwhile; the next run looks again
            }
            if (!read && deliveries.planFallback(push, now)) {
                log.info("Escalation {} for {} unanswered by push ({}): SMS planned", push.kind(), push.recipientId(),
                        push.status());
            }
        }
    }
}
