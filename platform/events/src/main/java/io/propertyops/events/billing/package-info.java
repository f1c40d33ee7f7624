/** The events billing-service publishes on {@code propertyops.billing.v1}: bills, payments, late fees, disclosures. */
package io.propertyops.events.billing;
