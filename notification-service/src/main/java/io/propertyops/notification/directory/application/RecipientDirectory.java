package io.propertyops.notification.directory.application;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.notification.directory.domain.Recipient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The recipient directory: who works where in which role, kept from security-service's events. Each event of a
 * person carries what it changes in full, so the newest event wins and a redelivered or older one changes nothing.
 */
public interface RecipientDirectory {

    void register(PersonRegistered event);

    void update(PersonUpdated event);

    /** A binding's start or end: the event carries the person's whole reach after it. */
    void bind(ResidentBound event);

    void unbind(ResidentUnbound event);

    void changeRoles(StaffRolesChanged event);

    /** A deactivated person gets no more messages; idempotent, and a late registration cannot revive them. */
    void deactivate(PersonDeactivated event);

    /** A person who may still be told things: known and not deactivated. */
    Optional<Recipient> reachable(String personId);

    /** Those of these people who may still be told things, by id, in one read. */
    Map<String, Recipient> reachableAmong(Collection<String> personIds);

    /**
     * The active owners and residents of these communities ({@code null}: of every community), narrowed to those
     * bound to one of {@code unitIds} unless that is {@code null}; streamed with only their id and phone, so that
     * tens of thousands never sit in memory at once. Close the stream.
     */
    Stream<Recipient> residentsOf(Collection<String> communityIds, Collection<String> unitIds);

    /**
     * The residents {@link #residentsOf} finds, handed to {@code each} at most {@code size} at a time (the last batch
     * may be smaller), so that a fan-out to tens of thousands writes in bounded batches.
     */
    default void residentsInBatches(Collection<String> communityIds, Collection<String> unitIds, int size,
                                    Consumer<List<Recipient>> each) {
        try (Stream<Recipient> residents = residentsOf(communityIds, unitIds)) {
            List<Recipient> batch = new ArrayList<>(size);
            for (Iterator<Recipient> reached = residents.iterator(); reached.hasNext(); ) {
                batch.add(reached.next());
                if (batch.size() == size || !reached.hasNext()) {
                    each.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
    }
}
