/**
 * The platform kernel every PropertyOps servlet service runs on: transactional outbox, idempotent Kafka
 * listeners with dead-letter topics, RFC 9457 problem responses, JWT resource server with role mapping,
 * W3C trace context from HTTP to events to logs, an injected {@link java.time.Clock}, and a MongoDB health
 * indicator that works on the embedded store and on real MongoDB.
 */
package io.propertyops.starter;
