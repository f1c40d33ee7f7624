/**
 * The Idempotency-Key of one attempt to take money: made once when the cashier first presses 收款 for what the form
 * says, and sent again by every repeat of that same attempt — a double click, a retry after the answer was lost — so
 * billing-service takes the money once and answers the first receipt. Changing what is paid (unit, amount, method,
 * charges…) starts a new attempt; so does a payment that went through.
 */
export interface Attempt {
  /** the key for this body: the current one when the body is the attempt's, a new one otherwise */
  keyFor(body: unknown): string
  /** the payment went through: the next one is a new attempt */
  done(): void
}

export function newKey(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return `desk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

export function attempts(makeKey: () => string = newKey): Attempt {
  let current: { key: string; fingerprint: string } | null = null
  return {
    keyFor(body: unknown): string {
      const fingerprint = JSON.stringify(body)
      if (!current || current.fingerprint !== fingerprint) current = { key: makeKey(), fingerprint }
      return current.key
    },
    done() {
      current = null
    },
  }
}
