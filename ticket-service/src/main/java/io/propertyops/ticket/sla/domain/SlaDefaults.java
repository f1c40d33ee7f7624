package io.propertyops.ticket.sla.domain;

import io.propertyops.ticket.shared.domain.Urgency;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a community gets until its staff set their own policy and calendar. */
public final class SlaDefaults {

    /** The default calendar's day, 08:30–17:30: "N working days" below are N of these in working time. */
    public static final Duration WORKING_DAY = Duration.ofHours(9);
    public static final WorkingHours OFFICE_HOURS = WorkingHours.of("08:30", "17:30");

    private SlaDefaults() {
    }

    /**
     * The tiers of the work-order issue (#5): emergencies 24/7 in minutes, everything else in working time.
     * Burst pipes, power failures and elevator entrapments get 30 minutes to be on site, the usual 急修 commitment
     * of residential service contracts; other emergencies (a lock-out, a security alarm) an hour.
     */
    public static SlaPolicy policy() {
        return new SlaPolicy(List.of(
                new SlaRule(Urgency.EMERGENCY, null, elapsed(Duration.ofMinutes(15)), elapsed(Duration.ofHours(1)),
                        elapsed(Duration.ofHours(8)), elapsed(Duration.ofHours(1))),
                emergencyOnSiteIn30Minutes("plumbing"),
                emergencyOnSiteIn30Minutes("electrical"),
                emergencyOnSiteIn30Minutes("elevator"),
                new SlaRule(Urgency.URGENT, null, working(Duration.ofMinutes(30)), working(Duration.ofHours(2)),
                        workingDays(1), working(Duration.ofHours(4))),
                new SlaRule(Urgency.NORMAL, null, working(Duration.ofHours(2)), Allowance.endOfNextWorkingDay(),
                        workingDays(3), workingDays(1)),
                new SlaRule(Urgency.LOW, null, workingDays(1), null, workingDays(7), workingDays(1))));
    }

    /**
     * Monday to Friday, 08:30–17:30, as the statutory working week, so that the State Council's holidays and make-up
     * days apply as published. A desk also open on Saturdays adds those hours; emergencies are unaffected, their
     * allowances count elapsed time.
     */
    public static BusinessCalendar calendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, OFFICE_HOURS);
        }
        return new BusinessCalendar(zone, week, holidays, makeUpDays, OFFICE_HOURS);
    }

    private static SlaRule emergencyOnSiteIn30Minutes(String category) {
        return new SlaRule(Urgency.EMERGENCY, category, elapsed(Duration.ofMinutes(15)), elapsed(Duration.ofMinutes(30)),
                elapsed(Duration.ofHours(4)), elapsed(Duration.ofHours(1)));
    }

    private static Allowance elapsed(Duration within) {
        return Allowance.elapsed(within);
    }

    private static Allowance working(Duration within) {
        return Allowance.workingTime(within);
    }

    private static Allowance workingDays(int days) {
        return Allowance.workingTime(WORKING_DAY.multipliedBy(days));
    }
}
