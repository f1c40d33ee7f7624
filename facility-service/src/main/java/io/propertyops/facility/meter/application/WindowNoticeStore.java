package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.facility.meter.domain.WindowNotice;

import java.util.List;
import java.util.Optional;

/** Where the notices of the communities' reporting windows and the reminders of unread meters are kept. */
public interface WindowNoticeStore {

    Optional<WindowNotice> find(String id);

    /** Inserts the notice of a window's opening with its event, once: false if it was stored already. */
    boolean open(WindowNotice notice);

    /** Saves the notice at its version, replacing the one stored at version − 1; false if it changed meanwhile. */
    boolean save(WindowNotice notice);

    /** Inserts the reminders not stored yet (one per unit and month), each with its event; returns how many were new. */
    int remind(List<MeterReadingMissing> reminders);
}
