import { toFen } from './money'
import type { LedgerLine, LineKind } from './types'

/**
 * A ledger read line by line, as billing-service derives its balances: a charge or late fee adds to what the payer
 * owes, a payment takes it down (the money is the payer's until it settles something), a discount or waiver takes the
 * charge down, a refund or a reversed payment gives the money back; an allocation only moves a payment's money onto a
 * charge and leaves the balance as it was. balance = owed − prepaid, positive when the payer owes.
 */
export function balanceEffect(kind: LineKind, fen: number): number {
  switch (kind) {
    case 'CHARGE':
    case 'LATE_FEE':
    case 'REFUND':
    case 'PAYMENT_REVERSAL':
      return fen
    case 'PAYMENT':
    case 'DISCOUNT':
    case 'WAIVER':
      return -fen
    default:
      return 0
  }
}

export interface BalancedLine extends LedgerLine {
  /** the line's effect on the balance, in fen (0 for allocations) */
  effectFen: number
  /** the balance after it, in fen */
  balanceFen: number
}

/** The lines oldest first, each with the balance after it. */
export function withBalances(lines: readonly LedgerLine[]): BalancedLine[] {
  const sorted = [...lines].sort((a, b) => a.postedAt.localeCompare(b.postedAt))
  let balance = 0
  return sorted.map((line) => {
    const effectFen = balanceEffect(line.kind, toFen(line.amount))
    balance += effectFen
    return { ...line, effectFen, balanceFen: balance }
  })
}

/** The calendar day of an instant in China (the estates' time zone), "2026-12-08". */
export function chinaDay(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
}

/** Today in China. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDay(now)
}

/** A day plus some days, "2026-12-08" + 40 → "2027-01-17". */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return date.toISOString().substring(0, 10)
}

/** What the lines add up to at the end of a day (China time): owed, prepaid and the balance, in fen. */
export function figuresOn(lines: readonly LedgerLine[], day: string): { owedFen: number; prepaidFen: number; balanceFen: number } {
  const upTo = lines.filter((l) => chinaDay(l.postedAt) <= day)
  const owed = new Map<string, number>()
  const held = new Map<string, number>()
  for (const line of [...upTo].sort((a, b) => a.postedAt.localeCompare(b.postedAt))) {
    const fen = toFen(line.amount)
    const charge = line.chargeId ?? ''
    const payment = line.paymentId ?? ''
    switch (line.kind) {
      case 'CHARGE':
      case 'LATE_FEE':
        owed.set(line.id, fen)
        break
      case 'PAYMENT':
        held.set(line.id, fen)
        break
      case 'ALLOCATION':
        if (owed.has(charge)) owed.set(charge, owed.get(charge)! - fen)
        if (held.has(payment)) held.set(payment, held.get(payment)! - fen)
        break
      case 'ALLOCATION_REVERSAL':
        if (owed.has(charge)) owed.set(charge, owed.get(charge)! + fen)
        if (held.has(payment)) held.set(payment, held.get(payment)! + fen)
        break
      case 'DISCOUNT':
      case 'WAIVER':
        if (owed.has(charge)) owed.set(charge, owed.get(charge)! - fen)
        break
      case 'REFUND':
      case 'PAYMENT_REVERSAL':
        if (held.has(payment)) held.set(payment, held.get(payment)! - fen)
        break
    }
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const owedFen = sum(owed)
  const prepaidFen = sum(held)
  return { owedFen, prepaidFen, balanceFen: owedFen - prepaidFen }
}

/** A payment that still holds money no charge took (prepaid), which can be refunded. */
export interface HeldPayment {
  paymentId: string
  method?: string | null
  postedAt: string
  amountFen: number
  heldFen: number
}

export function heldPayments(lines: readonly LedgerLine[]): HeldPayment[] {
  const held = new Map<string, HeldPayment>()
  for (const line of lines) {
    if (line.kind === 'PAYMENT') {
      const fen = toFen(line.amount)
      held.set(line.id, { paymentId: line.id, method: line.method, postedAt: line.postedAt, amountFen: fen, heldFen: fen })
    }
  }
  for (const line of lines) {
    const p = line.paymentId ? held.get(line.paymentId) : undefined
    if (!p) continue
    const fen = toFen(line.amount)
    if (line.kind === 'ALLOCATION' || line.kind === 'REFUND' || line.kind === 'PAYMENT_REVERSAL') p.heldFen -= fen
    if (line.kind === 'ALLOCATION_REVERSAL') p.heldFen += fen
  }
  return [...held.values()].filter((p) => p.heldFen > 0)
}

/** The charges and late fees of a ledger by id, for naming what a line is about. */
export function chargesById(lines: readonly LedgerLine[]): Map<string, LedgerLine> {
  return new Map(lines.filter((l) => l.kind === 'CHARGE' || l.kind === 'LATE_FEE').map((l) => [l.id, l]))
}

/** The unit id of a payer key "UNIT:<id>", or null for other payers. */
export function unitOfPayer(payer: string | null | undefined): string | null {
  return payer?.startsWith('UNIT:') ? payer.substring(5) : null
}
