package io.propertyops.facility.plan.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who defines and runs plans: supervisors, property managers and administrators of the plan's community. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface PlanEditors {
}
