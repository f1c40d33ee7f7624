package io.propertyops.billing.billrun.domain;

import io.propertyops.billing.ledger.domain.Payer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The ids of what bills post, derived from what they are, so that posting again — a run started twice, a run
 * resumed after a crash, an event delivered twice — finds the same ids and posts nothing twice.
 */
public final class BillKeys {

    /** What a fee billed once (a deposit) is keyed by instead of a period: it is charged once, whenever it is billed. */
    public static final String ONCE = "ONCE";

    private BillKeys() {
    }

    /** One charge per (community, period, fee item, payer); a fee billed once has {@link #ONCE} for its period. */
    public static String charge(String communityId, String periodKey, String feeItemId, Payer payer) {
        return uuid("charge", communityId, periodKey, feeItemId, payer.key());
    }

    /** One bill per (community, period, payer): its lines are the charges of the period's runs. */
    public static String bill(String communityId, String period, Payer payer) {
        return uuid("bill", communityId, period, payer.key());
    }

    /** A bill run per (community, period, fee items): started again, it is resumed or run again, never doubled. */
    public static String run(String communityId, String period, List<String> feeItemIds) {
        return uuid("bill-run", communityId, period, String.join(",", feeItemIds.stream().sorted().toList()));
    }

    /** The repair charge of a closed work order, and its one-line bill. */
    public static String repairCharge(String workOrderId) {
        return uuid("repair-charge", workOrderId);
    }

    public static String repairBill(String workOrderId) {
        return uuid("repair-bill", workOrderId);
    }

    private static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
