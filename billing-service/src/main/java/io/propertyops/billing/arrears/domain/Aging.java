package io.propertyops.billing.arrears.domain;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * A payer's arrears (欠费) on a day, aged by how long each overdue charge is past its due day: 1–30, 31–90, 91–180
 * and over 180 days — the buckets of the monthly receivables review. Derived from the ledger, never stored.
 */
public record Aging(Money overdue, Map<Bucket, Money> buckets, LocalDate oldestDueOn, int overdueCharges) {

    public enum Bucket {
        DAYS_1_30(1, 30), DAYS_31_90(31, 90), DAYS_91_180(91, 180), OVER_180(181, Integer.MAX_VALUE);

        private final int from;
        private final int to;

        Bucket(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public static Bucket of(long daysLate) {
            for (Bucket bucket : values()) {
                if (daysLate >= bucket.from && daysLate <= bucket.to) {
                    return bucket;
                }
            }
            throw new IllegalArgumentException("Not late: " + daysLate);
        }
    }

    public Aging {
        buckets = Map.copyOf(buckets);
    }

    public static Aging of(Ledger ledger, LocalDate asOf) {
        Map<Bucket, Money> buckets = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            buckets.put(bucket, Money.ZERO);
        }
        Money overdue = Money.ZERO;
        LocalDate oldest = null;
        int count = 0;
        for (Ledger.OpenCharge open : ledger.overdue(asOf)) {
            LocalDate dueOn = open.line().dueOn();
            buckets.merge(Bucket.of(ChronoUnit.DAYS.between(dueOn, asOf)), open.outstanding(), Money::plus);
            overdue = overdue.plus(open.outstanding());
            oldest = oldest == null || dueOn.isBefore(oldest) ? dueOn : oldest;
            count++;
        }
        return new Aging(overdue, buckets, oldest, count);
    }

    public boolean inArrears() {
        return overdue.isPositive();
    }

    /** Days the oldest overdue charge is past due on {@code asOf}; 0 when nothing is overdue. */
    public long daysLate(LocalDate asOf) {
        return oldestDueOn == null ? 0 : ChronoUnit.DAYS.between(oldestDueOn, asOf);
    }
}
