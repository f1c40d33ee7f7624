package io.propertyops.facility.meter.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.ReadingStatus;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where readings are kept, each with the events its change caused, and the photos of held ones. */
public interface ReadingStore {

    /** Inserts the readings not stored yet, in one bulk, each with its events; returns those that were new. */
    List<MeterReading> insertNew(List<MeterReading> readings, Map<String, List<DomainEvent>> eventsByReading);

    /** The readings of these ids that exist, by id: one read. */
    Map<String, MeterReading> findAll(Collection<String> ids);

    Optional<MeterReading> find(String id);

    /** Replaces the reading stored at {@code storedVersion}; false if it changed meanwhile. */
    boolean replace(MeterReading next, long storedVersion);

    /** How many readings of the community's month are held. */
    long countHeld(String communityId, YearMonth period);

    /** The meters of the community with a reading of the month held. */
    Set<String> heldMeterIds(String communityId, YearMonth period);

    /** A page of a community's readings, newest first. Null filters narrow nothing. */
    List<MeterReading> list(String communityId, String meterId, YearMonth period, ReadingStatus status, int page, int size);

    /** Stores the photo of a reading, replacing one it had. */
    String storePhoto(String readingId, String mediaType, InputStream bytes);

    Optional<Photo> photo(String photoId);

    record Photo(String mediaType, InputStream bytes) {
    }
}
