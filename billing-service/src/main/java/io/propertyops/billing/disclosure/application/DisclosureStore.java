package io.propertyops.billing.disclosure.application;

import io.propertyops.billing.disclosure.domain.Disclosure;
import io.propertyops.events.DomainEvent;

import java.util.List;
import java.util.Optional;

/** Disclosures, one document per community, month and version. */
public interface DisclosureStore {

    /** Stores a new draft; false when that version exists. */
    boolean insert(Disclosure draft);

    Optional<Disclosure> find(String id);

    List<Disclosure> inCommunity(String communityId);

    /** Saves over the revision read (with the events, on publishing); false when it changed meanwhile. */
    boolean save(Disclosure disclosure, long readRevision, List<? extends DomainEvent> events);
}
