package io.propertyops.billing.approval.domain;

import java.util.Set;

/**
 * What is to be approved, and who may decide it: money given up (waivers, discounts, refunds, deposits returned)
 * needs a property manager; a cashier's batch cancelled needs finance or a property manager — never the cashier.
 * Collection is kept apart from review (收支分离): a FINANCE person who asks for a waiver cannot approve it.
 */
public enum ApprovalKind {
    WAIVER("PROPERTY_MANAGER", "ADMIN"),
    VACANCY_DISCOUNT("PROPERTY_MANAGER", "ADMIN"),
    REFUND("PROPERTY_MANAGER", "ADMIN"),
    DEPOSIT_RETURN("PROPERTY_MANAGER", "ADMIN"),
    BATCH_CANCELLATION("FINANCE", "PROPERTY_MANAGER", "ADMIN"),
    EXPENSE("PROPERTY_MANAGER", "ADMIN");

    private final Set<String> deciders;

    ApprovalKind(String... roles) {
        this.deciders = Set.of(roles);
    }

    /** The roles that may decide it (besides never being its requester). */
    public Set<String> deciders() {
        return deciders;
    }
}
