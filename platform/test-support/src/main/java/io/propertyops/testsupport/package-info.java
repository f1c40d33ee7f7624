/**
 * Test support shared by every PropertyOps service: one real Kafka broker and one MongoDB wire-protocol
 * server per test JVM (embedded by default, Testcontainers when asked for and a Docker engine is present),
 * and a token issuer that signs real JWTs the services validate through a real JWKS endpoint.
 *
 * <p>Annotate a test with {@link io.propertyops.testsupport.ServiceTest}.
 */
package io.propertyops.testsupport;
