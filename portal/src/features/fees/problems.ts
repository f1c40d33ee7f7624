/** The problem codes billing-service answers the fee pages with, each in words (fees.problem.<code>). */
export const KNOWN_PROBLEMS = [
  'invalid-price', 'price-not-used', 'metered-monthly-postpaid', 'metered-kind', 'invalid-due-rule', 'invalid-rounding',
  'standard-billed', 'period-billed', 'stale-version', 'amount-required', 'amount-not-used', 'target-not-a-unit',
  'target-not-a-space', 'unknown-unit', 'unknown-unit-type', 'holder-required', 'holder-not-used', 'invalid-dates',
  'invalid-target', 'invalid-amount', 'invalid-name', 'standard-required', 'period-not-in-cycle', 'standard-not-in-force',
  'period-not-ended', 'unknown-fee-item', 'nothing-to-bill', 'invalid-period', 'invalid-policy', 'busy', 'published',
  'own-edit', 'changes-required', 'invalid-range', 'invalid-if-match',
] as const
