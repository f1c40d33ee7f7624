package io.propertyops.facility.plan.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The plan engine ({@code propertyops.facility.plans.*}).
 *
 * @param zone          the communities' time zone, whose calendar days plans fall on
 * @param interval      how often the generator looks for occurrences whose generate-at has come
 * @param horizon       how far ahead of now an occurrence is ever generated, whatever its lead time
 * @param catchUp       how long after its window ended an occurrence is still generated (a generator stopped for a
 *                      while); older ones are passed over
 * @param batch         how many due plans one tick reads, and about how many tasks it writes: it stops taking
 *                      plans once their tasks reach this many, and the rest stay due for the next tick
 * @param perPlan       how many occurrences of one plan one tick generates at most
 * @param calendarDays  the longest range the calendar shows at once
 * @param lockAtMostFor how long a replica that died mid-tick keeps the others from generating
 */
@ConfigurationProperties("propertyops.facility.plans")
public record PlanProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue("P62D") Duration horizon,
        @DefaultValue("P2D") Duration catchUp,
        @DefaultValue("5000") int batch,
        @DefaultValue("400") int perPlan,
        @DefaultValue("62") int calendarDays,
        @DefaultValue("PT5M") Duration lockAtMostFor) {
}
