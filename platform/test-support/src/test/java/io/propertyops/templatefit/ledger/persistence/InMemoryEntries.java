package io.propertyops.templatefit.ledger.persistence;

import io.propertyops.templatefit.ledger.application.Entries;
import io.propertyops.templatefit.ledger.domain.Entry;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class InMemoryEntries implements Entries {

    @Override
    public Optional<Entry> find(String id) {
        return Optional.of(new Entry(id, 100));
    }
}
