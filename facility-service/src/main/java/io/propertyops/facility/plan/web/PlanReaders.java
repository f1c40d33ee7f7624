package io.propertyops.facility.plan.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The staff of the plan's community who read plans and their tasks: everyone who works on site. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.CLEANER,
        Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface PlanReaders {
}
