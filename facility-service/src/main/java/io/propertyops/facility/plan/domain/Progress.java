package io.propertyops.facility.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How far a plan's generation has come; changed by the generator, by completions and by meter readings, never by
 * an edit of the plan.
 *
 * @param generatedThrough the latest occurrence date generated (or skipped as too old); null before the first
 * @param openTaskId       FLOATING: the task generated and not done yet, which holds back the next one
 * @param lastCompletedOn  the day the latest task of the plan was done
 * @param meterTotal       the meter's latest running total
 * @param meterBaseline    the running total when the last task was generated (or at the first reading)
 * @param meterDueOn       the day a reading made an occurrence due, until it is generated
 */
public record Progress(LocalDate generatedThrough, String openTaskId, LocalDate lastCompletedOn, BigDecimal meterTotal,
                       BigDecimal meterBaseline, LocalDate meterDueOn) {

    public static Progress none() {
        return new Progress(null, null, null, null, null, null);
    }
}
