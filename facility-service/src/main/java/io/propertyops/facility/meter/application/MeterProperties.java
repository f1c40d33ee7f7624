package io.propertyops.facility.meter.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Meters and readings ({@code propertyops.facility.meters.*}).
 *
 * @param zone                   the estates' calendar: which month a reading belongs to, which day a reminder is due
 * @param jumpFactor             k of the jump rule: a reading adding more than k × the median monthly consumption is held
 * @param historyMonths          the months the median is taken over
 * @param minimumMonths          the months of history the jump rule needs at least
 * @param verificationNoticeDays how long before a verification expires its reminder is published
 * @param watchInterval          how often the verification watch looks for due reminders
 * @param lockAtMostFor          how long a replica that died mid-run keeps the others from running the watch
 * @param watchBatch             reminders one run publishes at most
 * @param maxBatch               readings one request may carry
 * @param reminderLead           how long before a reporting window closes the owners of unread meters are reminded
 * @param reminderUnits          units one watch run looks at at most per community for those reminders (it goes on
 *                               in the next run)
 */
@ConfigurationProperties("propertyops.facility.meters")
public record MeterProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("3") BigDecimal jumpFactor,
        @DefaultValue("6") int historyMonths,
        @DefaultValue("3") int minimumMonths,
        @DefaultValue("30") int verificationNoticeDays,
        @DefaultValue("PT1M") Duration watchInterval,
        @DefaultValue("PT5M") Duration lockAtMostFor,
        @DefaultValue("200") int watchBatch,
        @DefaultValue("10000") int maxBatch,
        @DefaultValue("P2D") Duration reminderLead,
        @DefaultValue("1000") int reminderUnits) {
}
