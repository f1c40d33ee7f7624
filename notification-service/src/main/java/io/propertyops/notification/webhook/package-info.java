/**
 * Webhooks for third parties: integration clients (scope {@code webhooks.manage}) subscribe an endpoint to event
 * types of their communities, and each such event is POSTed to it as a CloudEvent in structured mode.
 *
 * <p>A receiver checks a delivery by computing HMAC-SHA256, keyed with the subscription's secret, over
 * {@code X-PropertyOps-Timestamp + "." + body}, comparing it in constant time with the hex after {@code sha256=} in
 * {@code X-PropertyOps-Signature}, refusing timestamps more than a few minutes old (replay), and ignoring an
 * {@code X-PropertyOps-Event-Id} it has already handled: deliveries are at least once.
 */
package io.propertyops.notification.webhook;
