package io.propertyops.billing.fee.domain;

/**
 * How a standard computes a payer's amount for a period (计费方式).
 *
 * <ul>
 *   <li>{@code BUILDING_AREA} — price per m² per month × the unit's building area (建筑面积) × the period's months;</li>
 *   <li>{@code INTERIOR_AREA} — the same by the interior area (套内面积);</li>
 *   <li>{@code FIXED} — price per payer per month × the period's months;</li>
 *   <li>{@code METERED} — the unit's approved consumption of the month × price per m³ / kWh / GJ;</li>
 *   <li>{@code PER_PARKING_SPACE} — price per space per month × the payer's spaces × the period's months;</li>
 *   <li>{@code STATED} — the amount stated on the payer's attachment, as it is, per bill.</li>
 * </ul>
 */
public enum Formula {
    BUILDING_AREA, INTERIOR_AREA, FIXED, METERED, PER_PARKING_SPACE, STATED;

    /** Whether its price is per month, so a quarterly or yearly bill is the period's months times it. */
    public boolean pricedPerMonth() {
        return this != METERED && this != STATED;
    }

    /** Whether it needs a unit to charge by (its areas or its meters). */
    public boolean needsUnit() {
        return this == BUILDING_AREA || this == INTERIOR_AREA || this == METERED;
    }
}
