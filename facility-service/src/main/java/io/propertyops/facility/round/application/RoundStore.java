package io.propertyops.facility.round.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.round.domain.Round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where rounds are kept, each with a due mark at the next moment the missed-point watch has something to do for it,
 * and listed by day for each person on it and each community, so that neither the watch nor the board reads every
 * round kept.
 */
public interface RoundStore {

    /** Inserts the rounds not stored yet, in one bulk write; returns those this call inserted. */
    List<Round> insertNew(List<Round> rounds);

    Optional<Round> find(String id);

    List<Round> findAll(Collection<String> ids);

    /** Writes the round changed from {@code storedVersion}, with its events; false when it changed meanwhile. */
    boolean save(Round next, long storedVersion, List<DomainEvent> events);

    /** The open rounds whose watch mark has come at {@code now}, the earliest first. */
    List<Round> due(Instant now, int limit);

    /** The ids of the rounds on {@code date} that the person walks or supervises. */
    List<String> idsOfPerson(String personId, LocalDate date);

    /** The ids of a community's rounds on {@code date}. */
    List<String> idsOfCommunity(String communityId, LocalDate date);
}
