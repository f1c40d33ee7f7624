package io.propertyops.billing.latefee.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Late fees ({@code propertyops.billing.late-fees.*}).
 *
 * @param zone          the estates' calendar: which day a charge is late on
 * @param interval      how often the job looks for communities not yet run today
 * @param lockAtMostFor how long a replica that died mid-run keeps the others from running the job
 * @param page          ledgers posted in one bulk write
 */
@ConfigurationProperties("propertyops.billing.late-fees")
public record LateFeeProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("PT30M") Duration interval,
        @DefaultValue("PT30M") Duration lockAtMostFor,
        @DefaultValue("500") int page) {
}
