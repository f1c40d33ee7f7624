package io.propertyops.facility.round.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The staff of the community who read routes and rounds and watch the live board. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.CLEANER,
        Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface RoundReaders {
}
