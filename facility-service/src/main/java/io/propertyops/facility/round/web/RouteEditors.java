package io.propertyops.facility.round.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who defines inspection routes: supervisors, property managers and administrators of the route's community. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface RouteEditors {
}
