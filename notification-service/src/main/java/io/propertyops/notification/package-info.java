/**
 * notification-service: turns the platform's events into messages people receive. {@code directory} is
 * the local read model of people (kept from security-service's events, no synchronous lookups);
 * {@code inbox} is the in-app channel (站内信); {@code delivery} sends on the other channels (push to the app
 * devices in {@code device}, SMS, email) with retries, and an escalation's push falls back to SMS;
 * {@code announcement} fans staff's notices (公告) out into the inbox.
 */
package io.propertyops.notification;
