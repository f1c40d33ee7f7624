package io.propertyops.billing.fee.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit's approved consumption of one meter kind for a month, as facility-service published it at its newest
 * version (own meters plus its share of the shared ones, 公摊): what a metered fee multiplies by its price.
 *
 * @param meterKind {@code WATER}, {@code ELECTRICITY}, {@code GAS} or {@code HEAT}
 * @param period    the month, {@code 2026-11}
 */
public record Consumption(String communityId, String unitId, String meterKind, String period, BigDecimal quantity,
                          String quantityUnit, long version) {

    public Consumption {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(meterKind, "meterKind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** The key facility-service publishes it under (its aggregate id), and billing keeps it by. */
    public static String key(String communityId, String period, String unitId, String meterKind) {
        return communityId + ":" + period + ":" + unitId + ":" + meterKind;
    }

    public String key() {
        return key(communityId, period, unitId, meterKind);
    }
}
