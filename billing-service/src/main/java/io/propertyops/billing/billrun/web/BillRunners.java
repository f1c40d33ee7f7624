package io.propertyops.billing.billrun.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Those who run a community's bills (出账): finance (财务), property managers, administrators. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface BillRunners {
}
