/**
 * The gateway: the one public entrance. It routes {@code /api/v1/...} to the services, checks every API
 * call's JWT before it leaves (each service checks it again), forwards the login and token endpoints to
 * security-service, and serves Swagger UI over every service's OpenAPI document.
 */
package io.propertyops.gateway;
