package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payer's bill for a period was issued by a bill run: one line per fee item, each a charge on the payer's ledger. Owners of the unit are told; reminders before and after the due day are cancelled by BillSettled.
 *
 * @param aggregateId the bill's id.
 * @param communityId the community
 * @param payer the ledger's payer, {@code UNIT:<unitId>}
 * @param unitId the unit when the payer is one, else null
 * @param period the period billed
 * @param dueOn when the bill falls due
 * @param total the bill's total in yuan, {@code "1234.50"}
 * @param lines one per fee item
 */
@EventType(value = "propertyops.billing.bill-issued.v1", topic = Topics.BILLING)
public record BillIssued(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String period, LocalDate dueOn, String total, List<Line> lines) implements BillingEvent {

    public BillIssued {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(period, "period");
        requireNonNull(dueOn, "dueOn");
        requireNonNull(total, "total");
        requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
    }

    /** One line of the bill: the charge it posted and its amount. */
    public record Line(String chargeId, String feeItemId, String feeName, String amount) {

        public Line {
            requireNonNull(chargeId, "chargeId");
            requireNonNull(feeItemId, "feeItemId");
            requireNonNull(feeName, "feeName");
            requireNonNull(amount, "amount");
        }
    }
}
