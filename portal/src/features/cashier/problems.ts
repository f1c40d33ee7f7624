import { ProblemError } from '../../api/problem'

/**
 * The problems billing-service names by code that the cashier, ledger and approval pages say in the person's words
 * (`cashier.problem.<code>`); anything else is shown as the server wrote it. A 403 reads as "your role does not do
 * this"; a lost answer (the network, a 502) as "not known whether the money was taken: press again, it is taken once".
 */
export const KNOWN_PROBLEMS = [
  'idempotency-key-reused', 'not-a-desk-method', 'batch-not-open', 'batch-cancelled', 'batch-empty', 'not-the-cashier',
  'too-many-batches', 'receipt-font-missing', 'stale-version', 'own-request', 'decided', 'note-required',
  'exceeds-outstanding', 'exceeds-unallocated', 'unknown-charge', 'unknown-payment', 'promise-without-day', 'validation-failed',
  'not-found',
] as const

export type ProblemKey = `cashier.problem.${(typeof KNOWN_PROBLEMS)[number] | 'forbidden' | 'decideForbidden' | 'unsure'}`

/**
 * The message key for a problem, or null to show the server's own words. `deciding` says a 403 came from deciding an
 * approval (the role does not decide that kind) rather than from opening a page.
 */
export function problemKey(error: unknown, options: { deciding?: boolean; paying?: boolean } = {}): ProblemKey | null {
  if (!(error instanceof ProblemError)) return null
  if (options.paying && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504)
    && error.code !== 'receipt-font-missing') return 'cashier.problem.unsure'
  if (error.status === 403) return options.deciding ? 'cashier.problem.decideForbidden' : 'cashier.problem.forbidden'
  if (error.status === 412) return 'cashier.problem.stale-version'
  const code = error.code as (typeof KNOWN_PROBLEMS)[number] | undefined
  return code && (KNOWN_PROBLEMS as readonly string[]).includes(code) ? `cashier.problem.${code}` : null
}

/** The shared key of a field message people should read in their language, or null to show it as the server wrote it. */
export function fieldKey(message: string): 'required' | 'format' | 'range' | null {
  if (/^must not be (blank|null|empty)$/.test(message) || /^不能为(空|null)$/.test(message)) return 'required'
  if (/^must match /.test(message) || /^需要匹配正则表达式/.test(message)) return 'format'
  if (/^(must be (greater|less) than|size must be between|numeric value out of bounds)/.test(message)
    || /^(必须|最[大小]不能|个数必须在|数字的值超出了允许范围)/.test(message)) return 'range'
  return null
}

/** The message beside one field: a rule the server named on it in words, else the field's first message. */
export function fieldProblem(error: unknown, name: string, t: (key: string) => string): string | undefined {
  if (!(error instanceof ProblemError)) return undefined
  const found = error.fieldErrors.find((e) => e.field === name || e.field.endsWith(`.${name}`))
  if (!found) return undefined
  if (error.code && error.code !== 'validation-failed') {
    const key = problemKey(error)
    if (key) return t(key)
  }
  const key = fieldKey(found.message)
  return key ? t(`cashier.err.${key}`) : found.message
}
