package io.propertyops.billing.billrun.domain;

import io.propertyops.billing.ledger.domain.Money;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What bills add up to: bills and lines, the total, per fee item and per building (payers that are no unit count
 * under {@link #NO_BUILDING}); and of the lines, how many a run posted and how many it found posted already.
 */
public record Tally(long bills, long lines, long posted, long existing, Money total, Map<String, Total> byItem,
                    Map<String, Total> byBuilding) {

    public static final String NO_BUILDING = "-";
    public static final Tally NONE = new Tally(0, 0, 0, 0, Money.ZERO, Map.of(), Map.of());

    /** A count and its amount, with a name to show (the fee item's). */
    public record Total(String name, long count, Money amount) {

        Total plus(Total other) {
            return new Total(name, count + other.count, amount.plus(other.amount));
        }
    }

    public Tally {
        byItem = Map.copyOf(byItem);
        byBuilding = Map.copyOf(byBuilding);
    }

    /** The tally of bills as they stand, {@code posted} of their lines posted now and the rest found posted before. */
    public static Tally of(Collection<PayerBill> bills, long posted) {
        long lines = 0;
        Money total = Money.ZERO;
        Map<String, Total> byItem = new LinkedHashMap<>();
        Map<String, Total> byBuilding = new LinkedHashMap<>();
        long counted = 0;
        for (PayerBill bill : bills) {
            if (bill.lines().isEmpty()) {
                continue;
            }
            counted++;
            lines += bill.lines().size();
            total = total.plus(bill.total());
            for (PayerBill.Line line : bill.lines()) {
                byItem.merge(line.feeItemId(), new Total(line.feeName(), 1, line.amount()), Total::plus);
            }
            byBuilding.merge(bill.buildingId() == null ? NO_BUILDING : bill.buildingId(),
                    new Total(bill.buildingId() == null ? NO_BUILDING : bill.buildingId(), 1, bill.total()), Total::plus);
        }
        return new Tally(counted, lines, posted, lines - posted, total, byItem, byBuilding);
    }

    public Tally plus(Tally other) {
        Map<String, Total> items = new LinkedHashMap<>(byItem);
        other.byItem.forEach((key, value) -> items.merge(key, value, Total::plus));
        Map<String, Total> buildings = new LinkedHashMap<>(byBuilding);
        other.byBuilding.forEach((key, value) -> buildings.merge(key, value, Total::plus));
        return new Tally(bills + other.bills, lines + other.lines, posted + other.posted, existing + other.existing,
                total.plus(other.total), items, buildings);
    }
}
