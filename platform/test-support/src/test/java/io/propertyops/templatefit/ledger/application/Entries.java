package io.propertyops.templatefit.ledger.application;

import io.propertyops.templatefit.ledger.domain.Entry;

import java.util.Optional;

/** The port the persistence adapter implements. */
public interface Entries {

    Optional<Entry> find(String id);
}
