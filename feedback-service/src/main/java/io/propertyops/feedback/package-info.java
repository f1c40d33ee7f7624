/**
 * feedback-service: revisit surveys after work orders (回访), ratings, periodic satisfaction surveys and the
 * rectification ledger (整改台账). The domain arrives with its issue; the service already runs on the
 * platform kernel (health, metrics, OpenAPI, JWT, outbox).
 */
package io.propertyops.feedback;
