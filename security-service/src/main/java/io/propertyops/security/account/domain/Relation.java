package io.propertyops.security.account.domain;

/** How a person is bound to a unit. */
public enum Relation {
    /** 业主: owns the unit; makes the person an {@link Role#OWNER}. */
    OWNER,
    /** 家属: lives there with the owner; makes the person a {@link Role#RESIDENT}. */
    FAMILY,
    /** 租户: rents it; makes the person a {@link Role#RESIDENT}. */
    TENANT
}
