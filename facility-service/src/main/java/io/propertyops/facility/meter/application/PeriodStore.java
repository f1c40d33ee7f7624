package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.facility.meter.domain.ReadingPeriod;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the communities' reading months and their published consumption are kept. */
public interface PeriodStore {

    /** The months of these ids ({@link ReadingPeriod#idOf}) that were ever written, by id: one read. */
    Map<String, ReadingPeriod> findAll(Collection<String> ids);

    Optional<ReadingPeriod> find(String id);

    /** Saves the month at its version: inserted at version 1, or replacing the one stored at version − 1. */
    boolean save(ReadingPeriod period);

    /** Inserts the consumption records not stored yet, each with its event, in one bulk; returns how many were new. */
    int publish(List<ConsumptionApproved> consumption);
}
