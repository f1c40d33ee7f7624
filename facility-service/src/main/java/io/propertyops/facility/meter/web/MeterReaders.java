package io.propertyops.facility.meter.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Staff who read meters on rounds (抄表): technicians, supervisors, property managers, administrators. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface MeterReaders {
}
