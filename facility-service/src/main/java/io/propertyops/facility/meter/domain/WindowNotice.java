package io.propertyops.facility.meter.domain;

import io.propertyops.events.facility.MeterReadingWindowOpened;

import java.time.Instant;
import java.util.Objects;

/**
 * What owners were told of a community's reporting window in a month: that it opened (once), and how far the
 * reminders of unread meters have gone — the owner-read meters are gone through page by page ({@code nextPage} of a
 * fixed number), so a community of ten thousand units is reminded over a few watch ticks and a run cut short goes on
 * where it stopped.
 */
public record WindowNotice(WindowMonth window, Instant openedAt, int nextPage, boolean remindersDone, long version) {

    public WindowNotice {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static WindowNotice opened(WindowMonth window, Instant at) {
        return new WindowNotice(window, at, 0, false, 1);
    }

    public String id() {
        return window.id();
    }

    /** The event telling the community's owners the window opened; its id is the window month's. */
    public MeterReadingWindowOpened openedEvent() {
        return new MeterReadingWindowOpened(window.openedEventId(), window.communityId(), openedAt,
                window.communityId(), window.month().toString(), window.opensOn(), window.closesOn());
    }

    /** The pages before {@code page} are reminded of; all of them when {@code done}. */
    public WindowNotice remindedUpTo(int page, boolean done) {
        return new WindowNotice(window, openedAt, page, done, version + 1);
    }
}
