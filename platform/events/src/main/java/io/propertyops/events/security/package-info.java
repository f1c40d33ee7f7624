/**
 * Events of identity and site security, published by security-service on
 * {@link io.propertyops.events.Topics#SECURITY}.
 */
package io.propertyops.events.security;
