package io.propertyops.security.account.domain;

/**
 * What a person does on an estate; services grant actions by role. Tokens carry the names as they are
 * ({@code OWNER}, not {@code ROLE_OWNER}).
 */
public enum Role {
    /** 业主: owns one or more units. */
    OWNER,
    /** 住户: lives in a unit without owning it. */
    RESIDENT,
    /** 客服: the service centre that accepts requests. */
    CUSTOMER_SERVICE,
    /** 维修: repairs. */
    TECHNICIAN,
    SUPERVISOR,
    /** 秩序维护: site security. */
    SECURITY_GUARD,
    CLEANER,
    GARDENER,
    FINANCE,
    /** 物业经理. */
    PROPERTY_MANAGER,
    ADMIN
}
