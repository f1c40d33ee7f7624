package io.propertyops.facility.round.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who walks rounds (巡检): technicians, site security, cleaners and gardeners, and their supervisors, property
 * managers and administrators.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.TECHNICIAN, Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.SUPERVISOR,
        Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface Inspectors {
}
