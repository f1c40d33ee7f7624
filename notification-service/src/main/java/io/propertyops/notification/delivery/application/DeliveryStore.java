package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;
import java.time.Instant;
import java.util.List;

/** The deliveries, unique on event, person and channel. */
public interface DeliveryStore {

    /** Inserts a batch in one write, each at most once by its unique key. @return those that were new */
    List<OutboundDelivery> insertNew(List<OutboundDelivery> deliveries);

    /** @return whether it was new */
    boolean insertOnce(OutboundDelivery delivery);

    /** Login codes first, then the rest by when they fell due. */
    List<OutboundDelivery> due(Instant now, int limit);

    /** Escalation pushes whose fallback is due: unanswered for long enough, or failed for good. */
    List<OutboundDelivery> fallbacksDue(Instant now, int limit);

    /** Saves it over the version it was read at. @return false when it changed meanwhile (the other write stands) */
    boolean save(OutboundDelivery delivery);

    List<OutboundDelivery> of(String recipientId);
}
