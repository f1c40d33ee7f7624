package io.propertyops.facility.estate.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Floor areas in square metres: positive, at most two decimal places, kept at scale 2 ({@code 89.50}). */
public final class Areas {

    /** The largest area a unit may have, in m². */
    public static final BigDecimal MAX = new BigDecimal("99999.99");

    private Areas() {
    }

    /**
     * The area at scale 2.
     *
     * @throws RuleViolationException when it is not positive, too large or has more than two decimal places
     */
    public static BigDecimal sqm(BigDecimal area, String field) {
        if (area == null) {
            throw new RuleViolationException("invalid-area", field, field + " is required");
        }
        if (area.signum() <= 0 || area.compareTo(MAX) > 0) {
            throw new RuleViolationException("invalid-area", field, field + " must be above 0 and at most " + MAX + " m²");
        }
        if (area.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("invalid-area", field, field + " has more than two decimal places");
        }
        return area.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The area as events carry it: a decimal string with two places; null for null. */
    public static String text(BigDecimal area) {
        return area == null ? null : area.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
