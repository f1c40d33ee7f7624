package io.propertyops.facility.meter.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who approve or reject a held reading — never its reader: supervisors and property managers. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER})
@interface ReadingApprovers {
}
