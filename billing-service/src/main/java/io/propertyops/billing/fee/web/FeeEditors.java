package io.propertyops.billing.fee.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Those who keep a community's fee items, standards and attachments: finance (财务), property managers, administrators. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
@interface FeeEditors {
}
