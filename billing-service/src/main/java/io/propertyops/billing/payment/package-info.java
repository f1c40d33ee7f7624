/**
 * Payments (缴费): owners pay online through a payment provider — WeChat Pay (微信支付, API v3, Native: a QR code
 * the owner scans) for real, a sandbox for development — and cashiers take money at the service centre's desk
 * (收银台: cash, POS, bank transfer, a scanned payment code) in daily batches (日结) whose cancellation a reviewer other
 * than the cashier approves. Every payment is posted to the payer's ledger once, keyed on the provider's transaction
 * id or the cashier's Idempotency-Key, and gets a receipt (收据) numbered without gaps per community.
 */
package io.propertyops.billing.payment;
