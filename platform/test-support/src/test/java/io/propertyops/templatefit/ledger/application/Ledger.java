package io.propertyops.templatefit.ledger.application;

import io.propertyops.templatefit.ledger.domain.Entry;

public class Ledger {

    private final Entries entries;

    public Ledger(Entries entries) {
        this.entries = entries;
    }

    public Entry entry(String id) {
        return entries.find(id).orElseThrow();
    }
}
