package io.propertyops.notification.announcement.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param batchSize     inbox entries per bulk write
 * @param hold          how long a fan-out is held before another may resume it; renewed after every batch
 * @param sweepInterval how often unfinished fan-outs are looked for
 */
@ConfigurationProperties("propertyops.announcements")
public record AnnouncementProperties(@DefaultValue("1000") int batchSize, @DefaultValue("2m") Duration hold,
                              @DefaultValue("30s") Duration sweepInterval) {
}
