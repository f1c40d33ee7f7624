import { sumFen, toFen } from '../cashier/money'
import { BUCKETS, type ArrearsRow, type Bucket } from './types'

/**
 * The arrears worklist's figures: each payer's overdue money aged into 1–30, 31–90, 91–180 and 180+ days past due,
 * summed in whole fen across the list; how late a payer is, for the colour of its tag; the oldest bucket with money.
 */
export type Severity = 'info' | 'warning' | 'danger'

/** Up to a month late reads mild, up to a quarter a warning, beyond that serious. */
export function severityOf(daysLate: number): Severity {
  if (daysLate > 90) return 'danger'
  if (daysLate > 30) return 'warning'
  return 'info'
}

/** The oldest bucket that holds money, or null when nothing is overdue. */
export function oldestBucket(row: Pick<ArrearsRow, 'buckets'>): Bucket | null {
  for (const bucket of [...BUCKETS].reverse()) {
    if (toFen(row.buckets[bucket] ?? '0') > 0) return bucket
  }
  return null
}

/** Each bucket's share of the overdue amount, in per cent with one decimal, for the row's bar (they add up to 100). */
export function shares(row: Pick<ArrearsRow, 'buckets' | 'overdue'>): Record<Bucket, number> {
  const total = toFen(row.overdue)
  const result = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>
  if (total <= 0) return result
  // largest remainder on tenths of a per cent, so the parts add up to exactly 100.0
  const exact = BUCKETS.map((b) => (toFen(row.buckets[b] ?? '0') * 1000) / total)
  const floors = exact.map(Math.floor)
  let left = 1000 - floors.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - floors[i], i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left <= 0) break
    if (exact[i] > 0) {
      floors[i] += 1
      left -= 1
    }
  }
  BUCKETS.forEach((b, i) => (result[b] = floors[i] / 10))
  return result
}

export interface WorklistTotals {
  payers: number
  overdueFen: number
  buckets: Record<Bucket, number>
}

export function totalsOf(rows: readonly ArrearsRow[]): WorklistTotals {
  return {
    payers: rows.length,
    overdueFen: sumFen(rows.map((r) => r.overdue)),
    buckets: Object.fromEntries(BUCKETS.map((b) => [b, sumFen(rows.map((r) => r.buckets[b]))])) as Record<Bucket, number>,
  }
}

export interface WorklistFilter {
  buildingId: string
  /** a part of the unit number or payer */
  q: string
  /** only payers with money in this bucket or an older one */
  olderThan: Bucket | ''
  /** only payers without a contact since this day (YYYY-MM-DD) */
  uncontactedSince: string
}

export function filterRows(rows: readonly ArrearsRow[], f: WorklistFilter, dayOf: (instant: string) => string): ArrearsRow[] {
  const q = f.q.trim().toLowerCase()
  const from = f.olderThan ? BUCKETS.indexOf(f.olderThan) : 0
  return rows.filter((r) => (!f.buildingId || r.buildingId === f.buildingId)
    && (!q || (r.unitNumber ?? '').toLowerCase().includes(q) || r.payer.toLowerCase().includes(q))
    && (!f.olderThan || BUCKETS.slice(from).some((b) => toFen(r.buckets[b] ?? '0') > 0))
    && (!f.uncontactedSince || !r.lastContact || dayOf(r.lastContact.at) < f.uncontactedSince))
}
