package io.propertyops.starter.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role × action rule of one API operation: who may call it at all. Every {@code /api/**} operation must
 * carry one — a service with an operation that has none refuses to start — and the rule is published in the
 * OpenAPI document ({@code x-allowed-roles}, {@code x-allowed-scopes}), where the authorization matrix test
 * reads it. What a caller may see of the data (their units, their communities) is checked by the service on
 * top, and answers 404 for someone else's object. A service may name a group of roles it allows often by an
 * annotation of its own, meta-annotated with this one.
 *
 * <p>An operation that no bearer token opens — a device gateway's intake, signed with the gateway's own secret —
 * says so with {@link #publicAccess()} and names no roles: the service's filter chain lets it through without a
 * token, and the operation authenticates its caller itself. It is published as {@code x-public-access} (with no
 * security requirement), where the authorization matrix reads it.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {

    /** Callers with any of these roles (the {@code roles} claim) may call the operation. */
    String[] roles();

    /** Integration clients (role {@code INTEGRATION}) may call it when their token has any of these scopes. */
    String[] scopes() default {};

    /**
     * No bearer token is asked for: the operation checks its caller's own credential itself and answers 401 when it
     * is missing or wrong. Then {@link #roles()} and {@link #scopes()} are empty (a service that mixes them does not
     * start).
     */
    boolean publicAccess() default false;
}
