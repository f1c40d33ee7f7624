package io.propertyops.ticket.workorder.application;

import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The overdue watch ({@code propertyops.ticket.watch.*}): how often it scans, how many due work orders one scan
 * handles, the warning and escalation intervals, and when unanswered resolutions are confirmed and ended work
 * orders archived.
 *
 * @param lockAtMostFor how long a replica that died mid-scan keeps the others from scanning
 * @param sweepInterval how often the watch's safety sweep looks for due work orders without a timer; on the embedded
 *                      store it reads every work order, so it runs seldom
 */
@ConfigurationProperties("propertyops.ticket.watch")
public record WatchProperties(
        @DefaultValue("PT1S") Duration interval,
        @DefaultValue("500") int batch,
        @DefaultValue("0.8") double warnShare,
        @DefaultValue("PT30M") Duration level2After,
        @DefaultValue("PT1H") Duration level3After,
        @DefaultValue("P3D") Duration autoConfirmAfter,
        @DefaultValue("P30D") Duration archiveAfter,
        @DefaultValue("PT1M") Duration lockAtMostFor,
        @DefaultValue("PT1H") Duration sweepInterval) {

    public EscalationPolicy policy() {
        return new EscalationPolicy(warnShare, level2After, level3After, autoConfirmAfter, archiveAfter);
    }
}
