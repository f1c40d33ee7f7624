package io.propertyops.facility.meter.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a shared meter's consumption (公摊) is split among units: by their areas, or equally by household. The whole
 * quantity is split: the shares are rounded to three decimals and the last unit takes what rounding left, so the
 * shares always add up to the meter's consumption.
 */
public record Apportioning(Rule rule, List<Share> shares) {

    public enum Rule { BY_AREA, BY_HOUSEHOLD }

    /** A unit sharing the meter, with its area (needed by area only). */
    public record Share(String unitId, BigDecimal areaSqm) {

        public Share {
            Objects.requireNonNull(unitId, "unitId");
        }
    }

    public Apportioning {
        Objects.requireNonNull(rule, "rule");
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new RuleViolationException("no-shares", "apportioning.units", "A shared meter is shared by at least one unit");
        }
        if (shares.stream().map(Share::unitId).distinct().count() != shares.size()) {
            throw new RuleViolationException("duplicate-share", "apportioning.units", "A unit shares a meter once");
        }
        if (shares.stream().anyMatch(s -> s.areaSqm() != null && s.areaSqm().signum() <= 0)) {
            throw new RuleViolationException("invalid-area", "apportioning.units", "A unit's area is above zero");
        }
    }

    /** Whether every unit's area is known, as splitting by area needs (a new meter's are filled in from the estate). */
    public boolean areasKnown() {
        return rule == Rule.BY_HOUSEHOLD || shares.stream().allMatch(s -> s.areaSqm() != null);
    }

    /** Each unit's part of {@code quantity}, in the order of the shares. */
    public Map<String, BigDecimal> split(BigDecimal quantity) {
        if (!areasKnown()) {
            throw new IllegalStateException("apportioning by area without every unit's area");
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal whole = rule == Rule.BY_AREA
                ? shares.stream().map(Share::areaSqm).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.valueOf(shares.size());
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            BigDecimal part;
            if (i == shares.size() - 1) {
                part = quantity.subtract(given);
            } else {
                BigDecimal weight = rule == Rule.BY_AREA ? share.areaSqm() : BigDecimal.ONE;
                part = quantity.multiply(weight).divide(whole, 3, RoundingMode.HALF_UP);
            }
            given = given.add(part);
            parts.put(share.unitId(), part.setScale(3, RoundingMode.HALF_UP));
        }
        return parts;
    }
}
