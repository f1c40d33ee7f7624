package io.propertyops.ticket.sla.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The default business calendar of a community whose staff have not set their own.
 *
 * @param publicHolidays    national public holidays, from the State Council's yearly notice
 * @param makeUpWorkingDays weekend dates the same notice declares working days (调休)
 */
@ConfigurationProperties("propertyops.ticket.sla")
public record SlaProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                            @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Set<LocalDate> publicHolidays,
                            @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Set<LocalDate> makeUpWorkingDays) {
}
