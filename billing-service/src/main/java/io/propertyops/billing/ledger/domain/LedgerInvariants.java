package io.propertyops.billing.ledger.domain;

import io.propertyops.billing.ledger.domain.LedgerLine.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a ledger's lines must keep, checked from the raw lines alone — independently of {@link Ledger}'s own
 * bookkeeping, so that a bug there cannot hide itself. Used by the property tests over random sequences and by
 * the ledger audit.
 *
 * <ol>
 *   <li>every line has a unique id and a positive amount exact to the fen;</li>
 *   <li>every allocation, discount, waiver, refund and reversal names a charge or payment of the same ledger;</li>
 *   <li>no charge is reduced below zero (allocations net of reversals, discounts and waivers ≤ its amount);</li>
 *   <li>no payment gives more than it brought (allocations net of reversals, refunds and its reversal ≤ its amount);
 *       and no reversal gives back more than was allocated;</li>
 *   <li>money is conserved: the payments received minus refunds and reversed payments equal the allocations
 *       (net of reversals) plus the prepaid balance, and the charges minus discounts and waivers equal the
 *       allocations plus what is still owed — each side summed over the lines, not taken from the ledger.</li>
 * </ol>
 */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /** The rules the lines break, in words; empty when they keep them all. */
    public static List<String> violations(List<LedgerLine> lines) {
        List<String> broken = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, BigDecimal> chargeLeft = new HashMap<>();
        Map<String, BigDecimal> paymentLeft = new HashMap<>();
        Map<String, BigDecimal> original = new HashMap<>();
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal netAllocated = BigDecimal.ZERO;
        BigDecimal charged = BigDecimal.ZERO;
        BigDecimal reduced = BigDecimal.ZERO;
        for (LedgerLine line : lines) {
            if (!ids.add(line.id())) {
                broken.add("line " + line.id() + " appears twice");
            }
            BigDecimal amount = line.amount().yuan();
            if (amount.signum() <= 0 || amount.scale() != 2) {
                broken.add("line " + line.id() + " has amount " + amount.toPlainString());
            }
            switch (line.kind()) {
                case CHARGE, LATE_FEE -> {
                    chargeLeft.put(line.id(), amount);
                    original.put(line.id(), amount);
                    charged = charged.add(amount);
                }
                case PAYMENT -> {
                    paymentLeft.put(line.id(), amount);
                    original.put(line.id(), amount);
                    received = received.add(amount);
                }
                case ALLOCATION, ALLOCATION_REVERSAL -> {
                    BigDecimal signed = line.kind() == Kind.ALLOCATION ? amount : amount.negate();
                    take(broken, original, chargeLeft, line.chargeId(), signed, line);
                    take(broken, original, paymentLeft, line.paymentId(), signed, line);
                    netAllocated = netAllocated.add(signed);
                }
                case DISCOUNT, WAIVER -> {
                    take(broken, original, chargeLeft, line.chargeId(), amount, line);
                    reduced = reduced.add(amount);
                }
                case REFUND, PAYMENT_REVERSAL -> {
                    take(broken, original, paymentLeft, line.paymentId(), amount, line);
                    returned = returned.add(amount);
                }
            }
        }
        BigDecimal owed = chargeLeft.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal prepaid = paymentLeft.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (received.subtract(returned).compareTo(netAllocated.add(prepaid)) != 0) {
            broken.add("payments " + received + " − refunds and reversals " + returned + " ≠ allocated " + netAllocated
                    + " + prepaid " + prepaid);
        }
        if (charged.subtract(reduced).compareTo(netAllocated.add(owed)) != 0) {
            broken.add("charges " + charged + " − discounts and waivers " + reduced + " ≠ allocated " + netAllocated
                    + " + owed " + owed);
        }
        return broken;
    }

    private static void take(List<String> broken, Map<String, BigDecimal> original, Map<String, BigDecimal> left,
                             String id, BigDecimal amount, LedgerLine line) {
        BigDecimal before = left.get(id);
        if (before == null) {
            broken.add("line " + line.id() + " (" + line.kind() + ") names " + id + ", which is not on the ledger");
            return;
        }
        BigDecimal after = before.subtract(amount);
        if (after.signum() < 0) {
            broken.add("line " + line.id() + " (" + line.kind() + ") takes " + id + " below zero: " + after.toPlainString());
        } else if (after.compareTo(original.get(id)) > 0) {
            broken.add("line " + line.id() + " (" + line.kind() + ") gives " + id + " back more than it took: "
                    + after.toPlainString());
        }
        left.put(id, after);
    }
}
