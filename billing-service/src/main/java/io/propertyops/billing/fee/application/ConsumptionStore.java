package io.propertyops.billing.fee.application;

import io.propertyops.billing.fee.domain.Consumption;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the units' approved consumption is kept, one document per unit, meter kind and month. */
public interface ConsumptionStore {

    /**
     * Keeps each consumption unless a version as new or newer is kept already, in one read and one bulk write.
     *
     * @return how many were kept
     * @throws org.springframework.dao.OptimisticLockingFailureException when another writer changed one meanwhile
     *                                                                   (the batch is handled again)
     */
    int keepNewest(List<Consumption> consumptions);

    /** The consumptions of these keys ({@link Consumption#key()}) that are kept, by key. */
    Map<String, Consumption> findAll(Collection<String> keys);
}
