package io.propertyops.security.account.domain;

/** How customer service verified that a person may be bound to a unit. */
public enum Verification {
    /** The unit's registered owner confirmed by their phone number; for family members and tenants. */
    OWNER_PHONE,
    /** Documents were checked (property certificate, lease, ID), with a reference to them. */
    DOCUMENTS,
    /** Came with the estate's initial data, not through a request. */
    SEEDED
}
