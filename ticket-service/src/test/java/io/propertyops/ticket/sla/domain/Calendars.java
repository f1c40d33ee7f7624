package io.propertyops.ticket.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Test calendars and instants, in Shanghai local time so that the expectations read like the office clock. */
final class Calendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Calendars() {
    }

    /** The default Monday–Friday 08:30–17:30 calendar with the State Council's 2026 holidays and make-up days. */
    static BusinessCalendar shanghai2026() {
        Set<LocalDate> holidays = new TreeSet<>();
        Stream.of("01-01/01-03", "02-15/02-23", "04-04/04-06", "05-01/05-05", "06-19/06-21", "09-25/09-27", "10-01/10-07")
                .forEach(range -> {
                    String[] ends = range.split("/");
                    LocalDate last = LocalDate.parse("2026-" + ends[1]);
                    for (LocalDate day = LocalDate.parse("2026-" + ends[0]); !day.isAfter(last); day = day.plusDays(1)) {
                        holidays.add(day);
                    }
                });
        Set<LocalDate> makeUpDays = Set.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-10-10"));
        return SlaDefaults.calendar(SHANGHAI, holidays, makeUpDays);
    }

    /** An instant by the Shanghai wall clock, e.g. {@code "2026-11-23T10:00"}. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
