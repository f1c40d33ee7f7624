/**
 * billing-service: property fees (物业费) — fee schedules, bill runs, payments, the ledger, arrears and late
 * fees, and the disclosure reports owners are entitled to. The domain arrives with its issue; the service
 * already runs on the platform kernel (health, metrics, OpenAPI, JWT, outbox).
 */
package io.propertyops.billing;
