package io.propertyops.billing.unit.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit as billing knows it: where it is, what it is, its state and the areas fees are charged by, at the version
 * facility-service published last.
 *
 * @param buildingAreaSqm 建筑面积, m², scale 2
 * @param interiorAreaSqm 套内面积, m², scale 2; null when not known
 */
public record BilledUnit(String unitId, String communityId, String buildingId, String number, String type,
                         String state, BigDecimal buildingAreaSqm, BigDecimal interiorAreaSqm, long version) {

    public BilledUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(buildingAreaSqm, "buildingAreaSqm");
    }
}
