package io.propertyops.facility.plan.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;

/**
 * A maintenance plan that also falls due by use: "every 3 months or 2,000 running hours, whichever first". An
 * occurrence is due when the meter has run {@code threshold} since the last task of the plan was generated.
 *
 * @param meterId   the meter whose running total counts, e.g. a pump's hour meter
 * @param threshold the consumption since the last task that makes the next one due
 * @param unit      what the meter counts, e.g. {@code h}
 */
public record MeterTrigger(String meterId, BigDecimal threshold, String unit) {

    public MeterTrigger {
        if (meterId == null || meterId.isBlank() || threshold == null || threshold.signum() <= 0) {
            throw new RuleViolationException("invalid-meter-trigger", "meterTrigger",
                    "a meter trigger names its meter and a threshold above zero");
        }
    }
}
