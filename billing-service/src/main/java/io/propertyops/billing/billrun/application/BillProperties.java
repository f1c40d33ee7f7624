package io.propertyops.billing.billrun.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Bills and bill runs ({@code propertyops.billing.bills.*}).
 *
 * @param zone          the estates' calendar: the day a bill is issued on, the month a repair is billed in
 * @param pageSize      payers whose bills one bulk posting writes (a run of 10,000 units is 20 pages of 500)
 * @param lease         how long a running run may show no sign of life (a page recorded) before starting it again
 *                      resumes it: its process is taken to have died
 * @param runners       bill runs that post at once; more wait their turn
 * @param repairDueDays a repair charged from a closed work order falls due this many days after the closing day
 */
@ConfigurationProperties("propertyops.billing.bills")
public record BillProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("500") int pageSize,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("2") int runners,
        @DefaultValue("15") int repairDueDays) {
}
