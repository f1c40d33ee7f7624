package io.propertyops.facility.handover.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who hands units over to their owners: customer service (管家), supervisors, property managers, administrators. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface HandoverStaff {
}
