package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, one replica at a time (ShedLock on MongoDB), login codes first. A channel that
 * fails is tried again after 30 s, doubling to an hour, until the delivery expires (a day unless it says otherwise);
 * an outage delays messages, it does not drop them. Nothing is sent after it expired: a late login code is useless.
 */
@Component
class DeliverySender extends DueWorkJob<OutboundDelivery> {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Deliveries deliveries;
    private final Map<String, Channel> channels;

    DeliverySender(Deliveries deliveries, List<Channel> channels, Clock clock, MongoTemplate mongo,
                   @Value("${propertyops.notification.delivery.interval:PT1S}") Duration interval) {
        super("delivery-sender", interval, Duration.ofMinutes(1), mongo, clock, 200);
        this.deliveries = deliveries;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
    }

    @Override
    protected List<OutboundDelivery> due(Instant now, int limit) {
        return deliveries.due(now, limit);
    }

    /** @return whether it was sent */
    @Override
    protected boolean attempt(OutboundDelivery delivery, Instant now) {
        OutboundDelivery after = tried(delivery, now);
        // not saved when another sender got to it: its record stands
        return deliveries.save(after) && after.status() == OutboundDelivery.Status.SENT;
    }

    private OutboundDelivery tried(OutboundDelivery delivery, Instant now) {
        Instant expiresAt = delivery.expiresAt() != null ? delivery.expiresAt() : delivery.createdAt().plus(OutboundDelivery.RETRY_FOR);
        List<OutboundDelivery.Attempt> attempts = new ArrayList<>(delivery.attempts());
        if (now.isAfter(expiresAt)) {
            log.warn("{} delivery {} expired unsent after {} attempts", delivery.channel(), delivery.id(), attempts.size());
            return delivery.after(OutboundDelivery.Status.FAILED, delivery.notBefore(), attempts);
        }
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
        if (error == null) {
            return delivery.after(OutboundDelivery.Status.SENT, delivery.notBefore(), attempts);
        }
        if (!now.isBefore(expiresAt)) {
            log.warn("Giving up on {} delivery {} after {} attempts: {}", delivery.channel(), delivery.id(), attempts.size(), error);
            return delivery.after(OutboundDelivery.Status.FAILED, delivery.notBefore(), attempts);
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts.size() - 1, 7));
        Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return delivery.after(OutboundDelivery.Status.PENDING, next.isAfter(expiresAt) ? expiresAt : next, attempts);
    }
}
