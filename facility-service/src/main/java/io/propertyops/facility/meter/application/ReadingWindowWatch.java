package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.ReadingPeriod;
import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.facility.meter.domain.WindowMonth;
import io.propertyops.facility.meter.domain.WindowNotice;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells owners about their community's reporting window (业主自报抄表期): each run (one replica at a time, under a
 * ShedLock lock) reads the windows whose due mark has come, and
 * <ul>
 *   <li>on the window's first day publishes {@code MeterReadingWindowOpened} once per community and month — the
 *       notice is inserted by an id of the community and month, with its event, so a second replica or a restart
 *       inserts nothing;</li>
 *   <li>a lead time (2 days) before it closes publishes {@code MeterReadingMissing} for each unit whose owner-read
 *       meters ({@link Meter#ownerRead()}) have no reading of the month — none counted (from any channel: a device,
 *       a staff round, an import, the owner) and none held — once per unit and month, by a reminder inserted by an
 *       id of the unit and month. The community's meters are gone through a page at a time, at most
 *       {@code reminder-units} units per community and run; the notice keeps the next page.</li>
 * </ul>
 * Then the window is due again when its next notice is: its reminders, or next month's opening. A window staff change
 * is due at once. A month closed early takes no more readings, so nobody is reminded of it.
 */
@Component
public class ReadingWindowWatch extends DueWorkJob<MeterStore.DueWindow> {

    private final MeterStore meters;
    private final ReadingStore readings;
    private final PeriodStore periods;
    private final WindowNoticeStore notices;
    private final MeterProperties properties;
    private final Clock clock;

    ReadingWindowWatch(MeterStore meters, ReadingStore readings, PeriodStore periods, WindowNoticeStore notices,
                       MeterProperties properties, MongoTemplate mongo, Clock clock) {
        super("meter-reading-window-watch", properties.watchInterval(), properties.lockAtMostFor(), mongo, clock,
                properties.watchBatch());
        this.meters = meters;
        this.readings = readings;
        this.periods = periods;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected List<MeterStore.DueWindow> due(Instant now, int limit) {
        return meters.dueWindows(now, limit);
    }

    @Override
    protected boolean attempt(MeterStore.DueWindow due, Instant now) {
        ZoneId zone = properties.zone();
        ReportingWindow window = due.window();
        Optional<WindowMonth> thisMonth = window.in(YearMonth.from(LocalDate.ofInstant(now, zone)));
        Instant next;
        if (thisMonth.isPresent() && thisMonth.get().isOpenAt(now, zone)) {
            next = notify(window, thisMonth.get(), now);
        } else if (thisMonth.isPresent() && now.isBefore(thisMonth.get().opensAt(zone))) {
            next = thisMonth.get().opensAt(zone);
        } else {
            next = nextOpening(window, YearMonth.from(LocalDate.ofInstant(now, zone)));
        }
        if (next == null) {
            return true; // reminders to go on with: the window stays due
        }
        return meters.rescheduleWindow(due, next);
    }

    /** Tells the open window's owners what is due now. @return when it is due next, null for at once */
    private Instant notify(ReportingWindow window, WindowMonth month, Instant now) {
        ZoneId zone = properties.zone();
        WindowNotice notice = notices.find(month.id()).orElse(null);
        if (notice == null) {
            WindowNotice opened = WindowNotice.opened(month, clock.instant());
            notice = notices.open(opened) ? opened : notices.find(month.id()).orElseThrow();
        }
        Instant remindAt = month.remindAt(zone, properties.reminderLead());
        if (now.isBefore(remindAt)) {
            return remindAt;
        }
        if (!notice.remindersDone() && !remind(notice, month)) {
            return null;
        }
        return nextOpening(window, month.month());
    }

    /**
     * Reminds of the unread meters of the next pages, up to the run's share of units. @return whether every page is
     * done (or none need be: the month was closed, or another run took the notice)
     */
    private boolean remind(WindowNotice notice, WindowMonth month) {
        String communityId = month.communityId();
        boolean takesReadings = periods.find(ReadingPeriod.idOf(communityId, month.month()))
                .map(ReadingPeriod::takesReadings).orElse(true);
        if (!takesReadings) {
            notices.save(notice.remindedUpTo(MeterStore.OWNER_READ_PAGES, true));
            return true;
        }
        Set<String> held = readings.heldMeterIds(communityId, month.month());
        int units = 0;
        WindowNotice current = notice;
        while (current.nextPage() < MeterStore.OWNER_READ_PAGES && units < properties.reminderUnits()) {
            Map<String, List<Meter>> unread = unread(meters.ownerReadPage(communityId, current.nextPage()), month, held);
            units += unread.size();
            notices.remind(reminders(unread, month));
            int page = current.nextPage() + 1;
            WindowNotice next = current.remindedUpTo(page, page == MeterStore.OWNER_READ_PAGES);
            if (!notices.save(next)) {
                return true; // another run (a lock that lapsed) is at it
            }
            current = next;
        }
        return current.remindersDone();
    }

    /** The unit meters of a page with no reading of the month, counted or held, by unit. */
    private Map<String, List<Meter>> unread(List<Meter> page, WindowMonth month, Set<String> held) {
        Map<String, MeterPosition> positions = meters.positions(page.stream().map(Meter::id).toList());
        Map<String, List<Meter>> byUnit = new LinkedHashMap<>();
        for (Meter meter : page) {
            MeterPosition position = positions.get(meter.id());
            boolean read = held.contains(meter.id()) || position != null && position.ends().containsKey(month.month());
            if (meter.ownerRead() && !read) {
                byUnit.computeIfAbsent(meter.unitId(), unit -> new ArrayList<>()).add(meter);
            }
        }
        return byUnit;
    }

    private List<MeterReadingMissing> reminders(Map<String, List<Meter>> unread, WindowMonth month) {
        Instant at = clock.instant();
        List<MeterReadingMissing> reminders = new ArrayList<>(unread.size());
        unread.forEach((unitId, unitMeters) -> reminders.add(new MeterReadingMissing(month.reminderEventId(unitId),
                unitId, at, month.communityId(), unitId, month.month().toString(), month.closesOn(),
                unitMeters.stream().map(meter -> new MeterReadingMissing.Meter(meter.id(), meter.kind().name(),
                        meter.serial())).toList())));
        return reminders;
    }

    /** When the window opens in a month after this one (a window from the 30th skips February). */
    private Instant nextOpening(ReportingWindow window, YearMonth after) {
        for (YearMonth month = after.plusMonths(1); ; month = month.plusMonths(1)) {
            Optional<WindowMonth> next = window.in(month);
            if (next.isPresent()) {
                return next.get().opensAt(properties.zone());
            }
        }
    }
}
