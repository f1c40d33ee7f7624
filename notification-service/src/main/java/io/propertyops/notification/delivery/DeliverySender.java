package io.propertyops.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.propertyops.starter.scheduling.LockedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, one replica at a time (ShedLock on MongoDB). A channel that fails is tried
 * again after 30 s, doubling to an hour, for a day; an outage delays messages, it does not drop them.
 */
@Component
class DeliverySender extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private final Deliveries deliveries;
    private final Map<String, Channel> channels;
    private final Clock clock;

    DeliverySender(Deliveries deliveries, List<Channel> channels, Clock clock, MongoTemplate mongo,
                   @Value("${propertyops.notification.delivery.interval:PT1S}") Duration interval) {
        super("delivery-sender", interval, Duration.ofMinutes(1), mongo);
        this.deliveries = deliveries;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
        this.clock = clock;
    }

    @Override
    protected void run() {
        sendDue();
    }

    /** @return how many it sent */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (OutboundDelivery delivery : deliveries.due(now, 200)) {
            OutboundDelivery after = attempt(delivery, now);
            try {
                deliveries.save(after);
                sent += after.status() == OutboundDelivery.Status.SENT ? 1 : 0;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // another sender got to it; its record stands
            }
        }
        return sent;
    }

    private OutboundDelivery attempt(OutboundDelivery delivery, Instant now) {
        List<OutboundDelivery.Attempt> attempts = new ArrayList<>(delivery.attempts());
        Channel channel = channels.get(delivery.channel());
        String error = null;
        try {
            if (channel == null) {
                throw new IllegalStateException("no " + delivery.channel() + " provider is configured");
            }
            channel.send(delivery);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        attempts.add(new OutboundDelivery.Attempt(now, error == null, error));
        OutboundDelivery.Status status;
        Instant next = delivery.notBefore();
        if (error == null) {
            status = OutboundDelivery.Status.SENT;
        } else if (now.isAfter(delivery.createdAt().plus(GIVE_UP_AFTER))) {
            status = OutboundDelivery.Status.FAILED;
            log.warn("Giving up on {} delivery {} after {} attempts: {}", delivery.channel(), delivery.id(), attempts.size(), error);
        } else {
            status = OutboundDelivery.Status.PENDING;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts.size() - 1, 7));
            next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return new OutboundDelivery(delivery.id(), delivery.eventId(), delivery.recipientId(), delivery.channel(),
                delivery.address(), delivery.kind(), delivery.priority(), delivery.title(), delivery.body(), status,
                delivery.createdAt(), next, attempts, delivery.version());
    }
}
