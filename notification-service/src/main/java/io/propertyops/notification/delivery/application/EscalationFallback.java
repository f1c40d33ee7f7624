package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;

import io.propertyops.starter.scheduling.DueWorkJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
class EscalationFallback extends DueWorkJob<OutboundDelivery> {

    private static final Logger log = LoggerFactory.getLogger(EscalationFallback.class);

    private final Deliveries deliveries;
    private final ReadReceipts receipts;

    EscalationFallback(Deliveries deliveries, ReadReceipts receipts, Clock clock, MongoTemplate mongo,
                       @Value("${propertyops.notification.delivery.interval:PT1S}") Duration interval) {
        super("escalation-fallback", interval, Duration.ofMinutes(1), mongo, clock, 200);
        this.deliveries = deliveries;
        this.receipts = receipts;
    }

    @Override
    protected List<OutboundDelivery> due(Instant now, int limit) {
        return deliveries.fallbacksDue(now, limit);
    }

    /**
     * Read receipt first, then the push's fallback is settled, then the SMS planned: a failure before the settling
     * leaves the fallback due for the next run. @return whether an SMS was planned
     */
    @Override
    protected boolean attempt(OutboundDelivery push, Instant now) {
        boolean read = receipts.read(push.eventId(), push.recipientId());
        if (!deliveries.save(push.checkingFallbackAt(null))) {
            return false; // the sender recorded an attempt meanwhile; the next run looks again
        }
        if (!read && deliveries.planFallback(push, now)) {
            log.info("Escalation {} for {} unanswered by push ({}): SMS planned", push.kind(), push.recipientId(),
                    push.status());
            return true;
        }
        return false;
    }
}
