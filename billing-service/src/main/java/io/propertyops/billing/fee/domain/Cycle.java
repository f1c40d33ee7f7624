package io.propertyops.billing.fee.domain;

/** How often a fee is billed (计费周期): each month, quarter or year, or once (a deposit). */
public enum Cycle {
    MONTHLY, QUARTERLY, YEARLY, ONCE;

    /** Whether a period of this form is billed by this cycle; a fee billed once is billed in any period. */
    public boolean bills(BillingPeriod period) {
        return switch (this) {
            case MONTHLY -> period.kind() == BillingPeriod.Kind.MONTH;
            case QUARTERLY -> period.kind() == BillingPeriod.Kind.QUARTER;
            case YEARLY -> period.kind() == BillingPeriod.Kind.YEAR;
            case ONCE -> true;
        };
    }
}
