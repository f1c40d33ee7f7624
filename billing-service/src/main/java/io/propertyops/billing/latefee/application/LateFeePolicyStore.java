package io.propertyops.billing.latefee.application;

import io.propertyops.billing.latefee.domain.LateFeePolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Late-fee policies, one per community and fee item (or every item), and the day each community was last run. */
public interface LateFeePolicyStore {

    List<LateFeePolicy> inCommunity(String communityId);

    /** Every community that has a policy (few: one entry per community). */
    List<String> communities();

    Optional<LateFeePolicy> find(String id);

    /** Stores it new (version 0 read: insert) or over the version read; false when that version is gone. */
    boolean save(LateFeePolicy policy, long readVersion);

    /** The day the community's late fees were last posted up to, if ever. */
    Optional<LocalDate> lastRunOn(String communityId);

    void ranOn(String communityId, LocalDate day);
}
