package io.propertyops.ticket.workorder.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/** @param zone the estates' time zone: work-order numbers count the local day */
@ConfigurationProperties("propertyops.ticket")
public record TicketProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
