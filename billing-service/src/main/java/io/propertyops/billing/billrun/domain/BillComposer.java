package io.propertyops.billing.billrun.domain;

import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.billing.fee.domain.BillingPeriod;
import io.propertyops.billing.fee.domain.Consumption;
import io.propertyops.billing.fee.domain.Cycle;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.fee.domain.FeeStandard;
import io.propertyops.billing.fee.domain.Formula;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.unit.domain.BilledUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out a period's bills (出账) for a community: for each fee item, the payers its attachments reach, each
 * payer's line computed by the item's standard in force — and the payers skipped, with the reason. Plain
 * computation over what billing keeps (units and their areas, approved consumption); nothing is read or written here.
 */
public final class BillComposer {

    /** A fee item as a run bills it: the standard the period is billed at, and the item's attachments. */
    public record ItemToBill(FeeItem item, FeeStandard standard, List<Attachment> attachments) {
    }

    /** A payer not charged an item, and why. */
    public record Skip(String payer, String feeItemId, String reason) {
    }

    /** The bills, ordered by payer ({@link Payer#key()}, the order a run pages through them), and the skipped. */
    public record Composition(List<PayerBill> bills, List<Skip> skipped) {
    }

    private final String communityId;
    private final BillingPeriod period;
    private final LocalDate issuedOn;
    private final Map<String, BilledUnit> units;
    private final Function<String, BigDecimal> consumption;

    /**
     * @param consumption the approved quantity of a {@link Consumption#key}, null when there is none
     */
    public BillComposer(String communityId, BillingPeriod period, LocalDate issuedOn, Collection<BilledUnit> units,
                        Function<String, BigDecimal> consumption) {
        this.communityId = communityId;
        this.period = period;
        this.issuedOn = issuedOn;
        this.units = units.stream().filter(unit -> unit.communityId().equals(communityId))
                .collect(Collectors.toMap(BilledUnit::unitId, unit -> unit, (a, b) -> a, LinkedHashMap::new));
        this.consumption = consumption;
    }

    /** The consumption keys the metered items need: one per unit the item reaches, for the period's month. */
    public static List<String> consumptionKeys(String communityId, BillingPeriod period, List<ItemToBill> items,
                                               Collection<BilledUnit> units) {
        List<String> keys = new ArrayList<>();
        for (ItemToBill item : items) {
            item.item().kind().meterKind().filter(kind -> item.standard().formula() == Formula.METERED)
                    .ifPresent(kind -> units.forEach(unit -> keys.add(Consumption.key(communityId, period.text(), unit.unitId(), kind))));
        }
        return keys;
    }

    public Composition compose(List<ItemToBill> items) {
        Map<Payer, List<PayerBill.Line>> lines = new HashMap<>();
        Map<Payer, BilledUnit> unitOf = new HashMap<>();
        List<Skip> skipped = new ArrayList<>();
        for (ItemToBill item : items) {
            Map<Payer, Reach> reached = reach(item, skipped);
            reached.forEach((payer, reach) -> {
                FeeStandard standard = item.standard();
                if (reach.unit == null && standard.formula().needsUnit()) {
                    skipped.add(new Skip(payer.key(), item.item().id(), standard.formula() + " charges units only"));
                    return;
                }
                FeeStandard.Computed computed = standard.compute(period, basis(item, reach));
                if (computed.skipped() != null) {
                    skipped.add(new Skip(payer.key(), item.item().id(), computed.skipped()));
                    return;
                }
                String periodKey = standard.cycle() == Cycle.ONCE ? BillKeys.ONCE : period.text();
                lines.computeIfAbsent(payer, p -> new ArrayList<>()).add(new PayerBill.Line(
                        BillKeys.charge(communityId, periodKey, item.item().id(), payer), item.item().id(),
                        item.item().name(), computed.amount(), standard.dueRule().dueOn(period, standard.mode(), issuedOn)));
                if (reach.unit != null) {
                    unitOf.put(payer, reach.unit);
                }
            });
        }
        List<PayerBill> bills = lines.entrySet().stream().map(entry -> {
            Payer payer = entry.getKey();
            BilledUnit unit = unitOf.get(payer);
            return new PayerBill(BillKeys.bill(communityId, period.text(), payer), communityId, period.text(), payer,
                    unit == null ? null : unit.unitId(), unit == null ? null : unit.buildingId(),
                    unit == null ? null : unit.number(), entry.getValue());
        }).sorted(Comparator.comparing(bill -> bill.payer().key())).toList();
        return new Composition(bills, List.copyOf(skipped));
    }

    /** Who an item's attachments reach in the period: units in bulk or one by one, holders of spaces, people. */
    private Map<Payer, Reach> reach(ItemToBill item, List<Skip> skipped) {
        Map<Payer, Reach> reached = new LinkedHashMap<>();
        for (Attachment attachment : item.attachments()) {
            if (!attachment.coversAny(period)) {
                continue;
            }
            Attachment.Target target = attachment.target();
            int level = target.kind().specificity();
            switch (target.kind()) {
                case COMMUNITY -> units.values().forEach(unit -> reachUnit(reached, unit, level, attachment));
                case BUILDING -> units.values().stream().filter(unit -> target.id().equals(unit.buildingId()))
                        .forEach(unit -> reachUnit(reached, unit, level, attachment));
                case UNIT_TYPE -> units.values().stream().filter(unit -> target.id().equals(unit.type()))
                        .forEach(unit -> reachUnit(reached, unit, level, attachment));
                case UNIT -> {
                    BilledUnit unit = units.get(target.id());
                    if (unit == null) {
                        skipped.add(new Skip(Payer.unit(target.id()).key(), item.item().id(), "unit unknown to billing"));
                    } else {
                        reachUnit(reached, unit, level, attachment);
                    }
                }
                case PARKING_SPACE -> reached.computeIfAbsent(new Payer(Payer.Kind.PERSON, target.holderId()), p -> new Reach())
                        .add(level, attachment.amount(), target.id());
                case PERSON -> reached.computeIfAbsent(new Payer(Payer.Kind.PERSON, target.id()), p -> new Reach())
                        .add(level, attachment.amount(), null);
            }
        }
        return reached;
    }

    private static void reachUnit(Map<Payer, Reach> reached, BilledUnit unit, int level, Attachment attachment) {
        Reach reach = reached.computeIfAbsent(Payer.unit(unit.unitId()), p -> new Reach());
        reach.unit = unit;
        reach.add(level, attachment.amount(), null);
    }

    private FeeStandard.Basis basis(ItemToBill item, Reach reach) {
        if (reach.unit == null) {
            return new FeeStandard.Basis(null, null, null, reach.spaces.size(), reach.stated);
        }
        BigDecimal consumed = item.item().kind().meterKind()
                .map(kind -> consumption.apply(Consumption.key(communityId, period.text(), reach.unit.unitId(), kind)))
                .orElse(null);
        return new FeeStandard.Basis(reach.unit.buildingAreaSqm(), reach.unit.interiorAreaSqm(), consumed, 1, reach.stated);
    }

    /** What reaches one payer: its unit, the spaces it holds, and the stated amount of the most specific attachments. */
    private static final class Reach {
        BilledUnit unit;
        final Set<String> spaces = new LinkedHashSet<>();
        int level = -1;
        BigDecimal stated;

        void add(int specificity, BigDecimal amount, String space) {
            if (space != null) {
                spaces.add(space);
            }
            if (amount == null) {
                return;
            }
            if (specificity > level) {
                level = specificity;
                stated = amount;
            } else if (specificity == level) {
                stated = stated.add(amount);
            }
        }
    }
}
