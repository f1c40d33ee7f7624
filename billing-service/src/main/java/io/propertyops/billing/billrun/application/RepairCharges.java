package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.starter.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paid in-unit repairs (有偿维修) become charges: a work order closed with {@code charges} is one REPAIR charge on its
 * unit's ledger — its id derived from the work order's, so a redelivered event posts nothing — on a one-line bill of
 * the month it was closed in, announced to the owners by {@code BillIssued}, due some days after the closing day.
 */
@Service
public class RepairCharges {

    /** What repair charges are reported under, beside the community's fee items. */
    public static final String FEE_ITEM = "repair";

    private static final Logger log = LoggerFactory.getLogger(RepairCharges.class);

    private final BillPosting posting;
    private final UnitAreas units;
    private final BillProperties properties;
    private final Clock clock;

    RepairCharges(BillPosting posting, UnitAreas units, BillProperties properties, Clock clock) {
        this.posting = posting;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /** Charges the paid repairs among these closed work orders; how many bills posted something now. */
    public int charge(List<WorkOrderClosed> closed) {
        Map<String, List<PayerBill>> byCommunity = new LinkedHashMap<>();
        for (WorkOrderClosed event : closed) {
            bill(event).ifPresent(bill -> byCommunity.computeIfAbsent(bill.communityId(), c -> new ArrayList<>()).add(bill));
        }
        int posted = 0;
        for (Map.Entry<String, List<PayerBill>> community : byCommunity.entrySet()) {
            posted += (int) posting.post(community.getKey(), community.getValue(), clock.instant(), "ticket-service")
                    .stream().filter(bill -> bill.postedLines() > 0).count();
        }
        return posted;
    }

    private Optional<PayerBill> bill(WorkOrderClosed event) {
        if (event.charges() == null) {
            return Optional.empty();
        }
        String workOrder = event.workOrder().number();
        String unitId = event.workOrder().unitId();
        if (unitId == null || unitId.contains(":")) {
            log.warn("Work order {} closed with charges but no unit to charge; not billed", workOrder);
            return Optional.empty();
        }
        if (!Money.CURRENCY.equals(event.charges().currency())) {
            log.warn("Work order {} charges {}, not {}; not billed", workOrder, event.charges().currency(), Money.CURRENCY);
            return Optional.empty();
        }
        Money total;
        try {
            total = Money.of(event.charges().total());
        } catch (NumberFormatException | RuleViolationException e) {
            log.warn("Work order {} charges an amount that is no money ({}); not billed", workOrder, event.charges().total());
            return Optional.empty();
        }
        if (!total.isPositive()) {
            return Optional.empty();
        }
        LocalDate closedOn = LocalDate.ofInstant(event.occurredAt(), properties.zone());
        Optional<BilledUnit> unit = units.unit(unitId);
        return Optional.of(new PayerBill(BillKeys.repairBill(event.aggregateId()), event.workOrder().communityId(),
                YearMonth.from(closedOn).toString(), Payer.unit(unitId), unitId,
                unit.map(BilledUnit::buildingId).orElse(null), unit.map(BilledUnit::number).orElse(null),
                List.of(new PayerBill.Line(BillKeys.repairCharge(event.aggregateId()), FEE_ITEM, "维修费 " + workOrder,
                        total, closedOn.plusDays(properties.repairDueDays())))));
    }
}
