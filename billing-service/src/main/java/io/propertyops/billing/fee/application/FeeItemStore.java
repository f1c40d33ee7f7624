package io.propertyops.billing.fee.application;

import io.propertyops.billing.fee.domain.FeeItem;

import java.util.List;
import java.util.Optional;

/** Where fee items are kept, one document each with its standards' history. */
public interface FeeItemStore {

    /**
     * Stores a new item; {@code idempotencyKey} (the caller's, scoped) finds it again on a retry.
     *
     * @throws org.springframework.dao.DuplicateKeyException when an item with that key is stored
     */
    void insert(FeeItem item, String idempotencyKey);

    Optional<FeeItem> findByIdempotencyKey(String idempotencyKey);

    Optional<FeeItem> find(String id);

    /** A community's items (a bounded scan: tens of items). */
    List<FeeItem> inCommunity(String communityId);

    /** Replaces the item if it is still at {@code readVersion}; whether it was. */
    boolean replace(FeeItem next, long readVersion);
}
