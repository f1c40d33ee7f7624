package io.propertyops.ticket.sourced.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param repeatWindow a failure again within this time after the last work order for the same problem was resolved
 *                     is flagged as a repeat failure (重复故障)
 */
@ConfigurationProperties("propertyops.ticket.findings")
public record SourcedProperties(@DefaultValue("P30D") Duration repeatWindow) {
}
