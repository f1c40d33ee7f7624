/**
 * The message catalogue (消息目录): which event tells whom what, as rows in {@code messages.yaml} rather than code,
 * checked against the events' JSON schemas when the service starts.
 */
package io.propertyops.notification.catalogue;
