package io.propertyops.facility.equipment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reliability (可靠性) of equipment over a period, from its state history and downtimes:
 * <ul>
 *   <li>the period is {@code [from, to)}, cut at the present and counted from when the equipment entered the ledger;</li>
 *   <li><b>operating time</b>: the time in the period it was OPERATIONAL or STANDBY;</li>
 *   <li><b>downtime</b>: the time in the period a downtime was open (failures and corrective work);</li>
 *   <li><b>failure</b>: a change into DOWN; one that comes while a downtime is open (DOWN, under repair, DOWN again)
 *       is the same failure. A failure counts in the period it began in;</li>
 *   <li><b>MTBF</b> = operating time ÷ failures (none without failures);</li>
 *   <li><b>MTTR</b> = the whole downtime of the failures repaired (back in operation or standby) in the period ÷ their
 *       number (none without such repairs); a failure ended by scrapping is not a repair;</li>
 *   <li><b>availability</b> = operating time ÷ (operating time + downtime); time idle or in planned maintenance counts
 *       in neither;</li>
 *   <li><b>repeat failure</b> (重复故障): a failure that began within the repeat window (30 days) after the end of the
 *       one before it;</li>
 *   <li><b>repair cost</b>: the charges of its work orders closed in the period; set against the purchase price.</li>
 * </ul>
 */
public final class Reliability {

    private Reliability() {
    }

    /** A period {@code [from, to)}. */
    public record Period(Instant from, Instant to) {

        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a period ends after it begins");
            }
        }

        boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    /**
     * The raw sums reliability is worked out from; figures of several pieces of equipment add up.
     *
     * @param repairedFailures the failures repaired in the period, whose whole downtime is {@code repairSeconds}
     * @param purchasePrice    the sum of the purchase prices known, null when none is
     */
    public record Figures(int equipmentCount, long operatingSeconds, long downtimeSeconds, int failures,
                          int repairedFailures, long repairSeconds, int repeatFailures, BigDecimal repairCost,
                          BigDecimal lifetimeRepairCost, BigDecimal purchasePrice) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, money(BigDecimal.ZERO),
                money(BigDecimal.ZERO), null);

        /** Mean time between failures, in hours; null without failures. */
        public BigDecimal mtbfHours() {
            return failures == 0 ? null : hours(operatingSeconds, failures);
        }

        /** Mean time to repair, in hours; null without repaired failures. */
        public BigDecimal mttrHours() {
            return repairedFailures == 0 ? null : hours(repairSeconds, repairedFailures);
        }

        public BigDecimal operatingHours() {
            return hours(operatingSeconds, 1);
        }

        public BigDecimal downtimeHours() {
            return hours(downtimeSeconds, 1);
        }

        /** Operating time ÷ (operating time + downtime), four decimals; null when the period held neither. */
        public BigDecimal availability() {
            long counted = operatingSeconds + downtimeSeconds;
            return counted == 0 ? null : BigDecimal.valueOf(operatingSeconds)
                    .divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_UP);
        }

        /** Repair cost in the period ÷ purchase price, four decimals; null without a price. */
        public BigDecimal repairCostShareOfPrice() {
            return share(repairCost);
        }

        /** Repair cost since it entered the ledger ÷ purchase price, four decimals; null without a price. */
        public BigDecimal lifetimeRepairCostShareOfPrice() {
            return share(lifetimeRepairCost);
        }

        private BigDecimal share(BigDecimal cost) {
            return purchasePrice == null || purchasePrice.signum() == 0 ? null
                    : cost.divide(purchasePrice, 4, RoundingMode.HALF_UP);
        }

        public Figures plus(Figures other) {
            BigDecimal price = purchasePrice == null ? other.purchasePrice
                    : other.purchasePrice == null ? purchasePrice : purchasePrice.add(other.purchasePrice);
            return new Figures(equipmentCount + other.equipmentCount, operatingSeconds + other.operatingSeconds,
                    downtimeSeconds + other.downtimeSeconds, failures + other.failures,
                    repairedFailures + other.repairedFailures, repairSeconds + other.repairSeconds,
                    repeatFailures + other.repeatFailures, repairCost.add(other.repairCost),
                    lifetimeRepairCost.add(other.lifetimeRepairCost), price);
        }

        private static BigDecimal hours(long seconds, int per) {
            return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600L * per), 2, RoundingMode.HALF_UP);
        }
    }

    /** The figures of one piece of equipment over the period, as of {@code now}. */
    public static Figures of(Equipment equipment, Period period, Instant now, Duration repeatWindow) {
        Instant end = min(period.to(), now);
        Instant start = max(period.from(), equipment.registeredAt());

        long operating = 0;
        List<Equipment.HistoryEntry> changes = equipment.history().stream()
                .filter(e -> e.kind() == Equipment.HistoryEntry.Kind.REGISTERED
                        || e.kind() == Equipment.HistoryEntry.Kind.STATE_CHANGED)
                .toList();
        for (int i = 0; i < changes.size(); i++) {
            Instant segmentEnd = i + 1 < changes.size() ? changes.get(i + 1).at() : end;
            if (changes.get(i).to().inOperation()) {
                operating += overlap(changes.get(i).at(), segmentEnd, start, end);
            }
        }

        long downtime = 0;
        int failures = 0;
        int repaired = 0;
        long repairSeconds = 0;
        for (Equipment.Downtime d : equipment.downtimes()) {
            downtime += overlap(d.startedAt(), d.endedAt() == null ? now : d.endedAt(), start, end);
            if (!d.failure()) {
                continue;
            }
            if (period.contains(d.startedAt()) && !d.startedAt().isAfter(now)) {
                failures++;
            }
            if (d.repaired() && d.endedAt() != null && period.contains(d.endedAt())) {
                repaired++;
                repairSeconds += Duration.between(d.startedAt(), d.endedAt()).toSeconds();
            }
        }

        int repeats = 0;
        List<Equipment.Downtime> failed = new ArrayList<>(equipment.downtimes().stream().filter(Equipment.Downtime::failure)
                .toList());
        failed.sort(Comparator.comparing(Equipment.Downtime::startedAt));
        for (int i = 1; i < failed.size(); i++) {
            Equipment.Downtime previous = failed.get(i - 1);
            Equipment.Downtime failure = failed.get(i);
            if (period.contains(failure.startedAt()) && previous.endedAt() != null
                    && !failure.startedAt().isAfter(previous.endedAt().plus(repeatWindow))) {
                repeats++;
            }
        }

        BigDecimal cost = equipment.workOrders().stream()
                .filter(w -> w.closedAt() != null && w.cost() != null && period.contains(w.closedAt()))
                .map(Equipment.WorkOrderRecord::cost).reduce(money(BigDecimal.ZERO), BigDecimal::add);
        return new Figures(1, operating, downtime, failures, repaired, repairSeconds, repeats, cost,
                equipment.repairCost(), equipment.details().purchasePrice());
    }

    private static long overlap(Instant from, Instant to, Instant periodStart, Instant periodEnd) {
        Instant a = max(from, periodStart);
        Instant b = min(to, periodEnd);
        return b.isAfter(a) ? Duration.between(a, b).toSeconds() : 0;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
