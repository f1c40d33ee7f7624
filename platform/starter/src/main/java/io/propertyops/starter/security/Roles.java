package io.propertyops.starter.security;

import java.util.List;

/** The platform's roles, as tokens carry them in the {@code roles} claim. */
public final class Roles {

    public static final String OWNER = "OWNER";
    public static final String RESIDENT = "RESIDENT";
    public static final String CUSTOMER_SERVICE = "CUSTOMER_SERVICE";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String SECURITY_GUARD = "SECURITY_GUARD";
    public static final String CLEANER = "CLEANER";
    public static final String GARDENER = "GARDENER";
    public static final String FINANCE = "FINANCE";
    public static final String PROPERTY_MANAGER = "PROPERTY_MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";

    public static final List<String> ALL = List.of(OWNER, RESIDENT, CUSTOMER_SERVICE, TECHNICIAN, SUPERVISOR,
            SECURITY_GUARD, CLEANER, GARDENER, FINANCE, PROPERTY_MANAGER, ADMIN, INTEGRATION);

    private Roles() {
    }
}
