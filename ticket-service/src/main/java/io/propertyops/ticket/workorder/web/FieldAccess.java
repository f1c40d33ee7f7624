package io.propertyops.ticket.workorder.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The technician on site, or those who oversee the work. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface FieldAccess {
}
