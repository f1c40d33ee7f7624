package io.propertyops.templatefit.ledger.web;

import io.propertyops.templatefit.ledger.application.Ledger;
import io.propertyops.templatefit.ledger.domain.Entry;

class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    Entry entry(String id) {
        return ledger.entry(id);
    }
}
