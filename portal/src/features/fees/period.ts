import type { Cycle } from './types'

/**
 * Billing periods (账期) as the API writes them — a month "2026-12", a quarter "2026-Q4", a year "2026" — and the
 * days and months the pages pick them by. Days are "YYYY-MM-DD" in China's time zone, where the estates are; the
 * arithmetic is on numbers of months, so no time zone or daylight saving can move a period.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR'
export const PERIOD_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR']

/** The collection report takes at most this many months. */
export const MAX_MONTHS = 36

const FORM = /^(20\d{2})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/

export interface PeriodParts {
  kind: PeriodKind
  year: number
  /** 1–12, for a month */
  month?: number
  /** 1–4, for a quarter */
  quarter?: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Today in China (the estates' day), "YYYY-MM-DD". */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

export function parsePeriod(text: string | null | undefined): PeriodParts | null {
  const match = FORM.exec((text ?? '').trim())
  if (!match) return null
  const year = Number(match[1])
  if (match[2]) return { kind: 'MONTH', year, month: Number(match[2]) }
  if (match[3]) return { kind: 'QUARTER', year, quarter: Number(match[3]) }
  return { kind: 'YEAR', year }
}

export const isPeriod = (text: string | null | undefined) => parsePeriod(text) !== null

export function kindOf(period: string): PeriodKind | null {
  return parsePeriod(period)?.kind ?? null
}

export function periodText(p: PeriodParts): string {
  if (p.kind === 'MONTH') return `${p.year}-${pad(p.month ?? 1)}`
  if (p.kind === 'QUARTER') return `${p.year}-Q${p.quarter ?? 1}`
  return String(p.year)
}

/** The period of this kind a day ("YYYY-MM-DD") falls in. */
export function periodOf(kind: PeriodKind, day: string): string {
  const [year, month] = day.split('-').map(Number)
  if (kind === 'MONTH') return `${year}-${pad(month)}`
  if (kind === 'QUARTER') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
  return String(year)
}

/** The first and last month of a period, as month numbers (year × 12 + month − 1). */
function monthSpan(period: string): [number, number] | null {
  const p = parsePeriod(period)
  if (!p) return null
  if (p.kind === 'MONTH') return [p.year * 12 + p.month! - 1, p.year * 12 + p.month! - 1]
  if (p.kind === 'QUARTER') return [p.year * 12 + (p.quarter! - 1) * 3, p.year * 12 + (p.quarter! - 1) * 3 + 2]
  return [p.year * 12, p.year * 12 + 11]
}

const monthText = (n: number) => `${Math.floor(n / 12)}-${pad((n % 12) + 1)}`

export function firstDayOf(period: string): string | null {
  const span = monthSpan(period)
  return span ? `${monthText(span[0])}-01` : null
}

export function lastDayOf(period: string): string | null {
  const span = monthSpan(period)
  if (!span) return null
  const next = span[1] + 1
  const last = new Date(Date.UTC(Math.floor(next / 12), next % 12, 0)).getUTCDate()
  return `${monthText(span[1])}-${pad(last)}`
}

/** The period `steps` periods of the same kind later (earlier when negative). */
export function shiftPeriod(period: string, steps: number): string | null {
  const p = parsePeriod(period)
  if (!p) return null
  if (p.kind === 'YEAR') return String(p.year + steps)
  if (p.kind === 'QUARTER') {
    const n = p.year * 4 + p.quarter! - 1 + steps
    return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`
  }
  return monthText(p.year * 12 + p.month! - 1 + steps)
}

/** Whether a fee of this cycle bills a period (a fee billed once bills any). */
export function billsPeriod(cycle: Cycle, period: string): boolean {
  const kind = kindOf(period)
  if (!kind) return false
  return cycle === 'ONCE' || (cycle === 'MONTHLY' && kind === 'MONTH') || (cycle === 'QUARTERLY' && kind === 'QUARTER')
    || (cycle === 'YEARLY' && kind === 'YEAR')
}

/** Whether a period is over by a day (a postpaid fee is billed only then). */
export function periodEndedBy(period: string, day: string): boolean {
  const last = lastDayOf(period)
  return last !== null && day > last
}

/** The months from one to another, both included ("2026-11", "2027-01" → 3); 0 when the first is after the last. */
export function monthsBetween(from: string, to: string): number {
  const a = monthSpan(from)
  const b = monthSpan(to)
  if (!a || !b || kindOf(from) !== 'MONTH' || kindOf(to) !== 'MONTH') return 0
  return Math.max(0, b[0] - a[0] + 1)
}

/** The months from one to another, both included. */
export function monthsOf(from: string, to: string): string[] {
  const count = monthsBetween(from, to)
  const start = monthSpan(from)?.[0] ?? 0
  return Array.from({ length: count }, (_, i) => monthText(start + i))
}

/** The last `count` months up to and including the month of `day`: the report's range when the page opens. */
export function recentMonths(day: string, count = 12): [string, string] {
  const to = periodOf('MONTH', day)
  return [shiftPeriod(to, -(count - 1))!, to]
}

/** A picked month range kept within what the report takes: its end, and at most MAX_MONTHS months back. */
export function clampMonths(from: string, to: string): [string, string] {
  if (monthsBetween(from, to) === 0) return [to, to]
  if (monthsBetween(from, to) > MAX_MONTHS) return [shiftPeriod(to, -(MAX_MONTHS - 1))!, to]
  return [from, to]
}

/** The day after a day ("YYYY-MM-DD"). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().substring(0, 10)
}
