package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.MeterVerificationDue;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.ReportingWindow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where meters, their counted positions and the communities' reporting windows are kept. */
public interface MeterStore {

    /**
     * Inserts a new meter, due for its verification reminder at {@code remindAt} (null for none).
     *
     * @throws org.springframework.dao.DuplicateKeyException when its id or its serial in the community is taken
     */
    void insert(Meter meter, Instant remindAt, String idempotencyKey);

    Optional<Meter> findByIdempotencyKey(String idempotencyKey);

    Optional<Meter> find(String id);

    /** The meters of these ids that exist, by id: one read. */
    Map<String, Meter> findAll(Collection<String> ids);

    /** A community's meters, by serial. */
    List<Meter> ofCommunity(String communityId);

    /** Replaces the meter stored at {@code storedVersion}; false if it changed meanwhile. Resets its reminder. */
    boolean replace(Meter next, long storedVersion, Instant remindAt);

    /** A meter whose verification reminder has come, with the mark it was found by. */
    record DueReminder(Meter meter, String mark) {
    }

    /** At most {@code limit} meters whose verification reminder is due at {@code now}, the earliest first. */
    List<DueReminder> dueForVerificationReminder(Instant now, int limit);

    /** Records the reminder with its event, once: false if it was recorded (or the meter changed) meanwhile. */
    boolean remindedOfVerification(DueReminder due, MeterVerificationDue event);

    /** The counted positions of these meters, by meter id (a meter never counted has none): one read. */
    Map<String, MeterPosition> positions(Collection<String> meterIds);

    /** Saves positions at the version each was read at; returns the meter ids whose position changed meanwhile. */
    List<String> savePositions(List<MeterPosition> positions);

    Optional<ReportingWindow> window(String communityId);

    /**
     * Saves a community's window at the next version; false if {@code expectedVersion} is not the stored one. A saved
     * window is due for the {@link ReadingWindowWatch} at once.
     */
    boolean saveWindow(ReportingWindow window, Long expectedVersion);

    /** A community's window whose next notice may be due, with the mark it was found by. */
    record DueWindow(ReportingWindow window, String mark) {
    }

    /** At most {@code limit} windows due at {@code now}, the earliest first. */
    List<DueWindow> dueWindows(Instant now, int limit);

    /** Sets when the window is due next; false if it changed meanwhile (then it is due at once anyway). */
    boolean rescheduleWindow(DueWindow due, Instant next);

    /** The owner-read meters ({@link Meter#ownerRead()}) of a community are read in this many pages. */
    int OWNER_READ_PAGES = 16;

    /**
     * One page (0 to {@link #OWNER_READ_PAGES} − 1) of a community's owner-read meters: every meter of a unit is on
     * the same page, and a page holds about 1/{@value #OWNER_READ_PAGES} of the community's units.
     */
    List<Meter> ownerReadPage(String communityId, int page);
}
