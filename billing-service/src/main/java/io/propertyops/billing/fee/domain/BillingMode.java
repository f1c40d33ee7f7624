package io.propertyops.billing.fee.domain;

/**
 * When a period is billed: {@code PREPAID} (预收) at its start, for the period coming; {@code POSTPAID} (后收) after its
 * end, for the period just ended (consumption, once it is read).
 */
public enum BillingMode {
    PREPAID, POSTPAID
}
