package io.propertyops.facility.equipment.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The equipment ledger ({@code propertyops.facility.equipment.*}).
 *
 * @param zone         the communities' calendar: reliability periods are whole days there
 * @param repeatWindow a failure within this long after the previous one ended is a repeat failure (重复故障)
 */
@ConfigurationProperties("propertyops.facility.equipment")
public record EquipmentProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("P30D") Duration repeatWindow) {
}
