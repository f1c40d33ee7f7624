package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.PayerBill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bills as listed (a read model): each bill's lines as its payer's ledger holds them, rewritten whole from the
 * ledger after every posting, so it never holds a charge the ledger lacks for long nor says what is owed — that is
 * always read from the ledger.
 */
public interface BillStore {

    /** A bill and when it was first issued (its earliest line's posting). */
    record Issued(PayerBill bill, Instant issuedAt) {
    }

    /** Writes the bills as they now are, in one bulk write. */
    void saveAll(List<Issued> bills);

    Optional<Issued> find(String billId);

    /** A community's bills, of a period and of a unit when given (a bounded scan of the community's). */
    List<Issued> inCommunity(String communityId, String period, String unitId);
}
