package io.propertyops.events.billing;

import io.propertyops.events.DomainEvent;

/**
 * An event of fees and money, published on {@code propertyops.billing.v1}. A consumer switches over it with
 * pattern matching, and the compiler tells it when a new event of this topic is added.
 */
public sealed interface BillingEvent extends DomainEvent
        permits ApprovalDecided, ApprovalRequested, BillIssued, BillSettled, DisclosurePublished, LateFeePosted, PaymentReceived, PaymentReversed, RefundPaid {
}
