package io.propertyops.billing.fee.application;

import io.propertyops.billing.fee.domain.Consumption;
import io.propertyops.events.facility.ConsumptionApproved;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The units' approved consumption per meter kind and month, kept from facility-service's {@code ConsumptionApproved}
 * (a month's close, or a later correction at a higher version: the newest version wins), for metered fees.
 */
@Service
public class Consumptions {

    private final ConsumptionStore store;

    Consumptions(ConsumptionStore store) {
        this.store = store;
    }

    /** Keeps a batch of events' consumption; a redelivered or older version changes nothing. */
    public int apply(List<ConsumptionApproved> events) {
        return store.keepNewest(events.stream().map(event -> new Consumption(event.communityId(), event.unitId(),
                event.meterKind(), event.period(), event.quantity(), event.quantityUnit(), event.version())).toList());
    }

    /** The kept consumption of these keys, by key ({@link Consumption#key}). */
    public Map<String, Consumption> find(Collection<String> keys) {
        return store.findAll(keys);
    }
}
