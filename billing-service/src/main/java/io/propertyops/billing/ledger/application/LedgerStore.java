package io.propertyops.billing.ledger.application;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.DomainEvent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where ledgers are kept: one document per payer, its lines appended, never rewritten. */
public interface LedgerStore {

    /** A change to store: the ledger as it was read, the lines to append to it, and the events they cause. */
    record Append(Ledger read, List<LedgerLine> lines, List<? extends DomainEvent> events) {
    }

    Optional<Ledger> find(Payer payer);

    /** The ledgers of these payers that exist, by payer, in one read. */
    Map<Payer, Ledger> findAll(Collection<Payer> payers);

    /** A community's ledgers (for worklists and reports: bounded by the community's units). */
    List<Ledger> inCommunity(String communityId);

    /**
     * Appends the lines and events to the ledger if it is still the version that was read (a ledger of version 0
     * that was never stored is created); whether it was — when not, someone else changed it and nothing was written.
     */
    boolean append(Append append);

    /**
     * {@link #append} for many ledgers in one bulk write (a bill run); answers the payers whose ledger changed
     * meanwhile — nothing was written for those, to be read and tried again.
     */
    List<Payer> appendAll(List<Append> appends);
}
