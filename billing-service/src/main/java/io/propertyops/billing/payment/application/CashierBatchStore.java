package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.CashierBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where cashiers' daily batches are kept, one document per batch. */
public interface CashierBatchStore {

    /** Stores a new batch (version 1), to be closed at {@code closeAt}; false when one of its id exists. */
    boolean insert(CashierBatch batch, Instant closeAt);

    Optional<CashierBatch> find(String id);

    /**
     * Replaces the batch if it is still at {@code readVersion}, to be closed at {@code closeAt} (null: it waits for
     * no closing); whether it was.
     */
    boolean update(CashierBatch next, long readVersion, Instant closeAt);

    /** Open batches whose day has ended by {@code now}. */
    List<CashierBatch> dueForClosing(Instant now, int limit);

    /** A community's batches of a day, or of every day when {@code day} is null, newest first. */
    List<CashierBatch> ofCommunity(String communityId, LocalDate day);
}
