package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.BillRun;

import java.util.List;
import java.util.Optional;

/** Where bill runs keep their progress, one document per run. */
public interface BillRunStore {

    /** Stores a new run; false when one of its id is stored already. */
    boolean insert(BillRun run);

    Optional<BillRun> find(String id);

    /** Replaces the run if it is still at {@code readVersion}; whether it was. */
    boolean replace(BillRun next, long readVersion);

    /** A community's runs (tens a year). */
    List<BillRun> inCommunity(String communityId);
}
