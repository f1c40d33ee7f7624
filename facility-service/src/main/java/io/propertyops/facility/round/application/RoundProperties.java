package io.propertyops.facility.round.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Inspection rounds ({@code propertyops.facility.rounds.*}).
 *
 * @param watchInterval how often the missed-point watch looks for windows that have ended: a missed point is
 *                      announced within this long of its window's end
 * @param batch         how many due rounds one watch tick handles
 * @param lockAtMostFor how long a replica that died mid-tick keeps the others from watching
 */
@ConfigurationProperties("propertyops.facility.rounds")
public record RoundProperties(
        @DefaultValue("PT15S") Duration watchInterval,
        @DefaultValue("500") int batch,
        @DefaultValue("PT1M") Duration lockAtMostFor) {
}
