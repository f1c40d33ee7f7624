import { billsPeriod, firstDayOf, periodEndedBy } from './period'
import type { BillRun, FeeItem } from './types'

/**
 * Bill runs (出账) as the page follows them: which items may bill a period (and why not), whether a dry run still
 * stands for what is picked, how far a run has got, and the server's reasons for skipping a payer in words.
 */
export interface RunSelection {
  communityId: string
  period: string
  feeItemIds: readonly string[]
}

export type NotBillable = 'cycle' | 'notInForce' | 'notEnded'

export interface ItemChoice {
  item: FeeItem
  /** why it cannot bill the period; absent when it can */
  why?: NotBillable
}

/**
 * The community's items for a period, those that can bill it first: an item bills the period of its cycle (one
 * billed once, any), at the standard in force on the period's first day, a postpaid one once the period is over.
 */
export function itemsForPeriod(items: readonly FeeItem[], period: string, today: string): ItemChoice[] {
  const first = firstDayOf(period)
  const choices = items.map((item): ItemChoice => {
    const started = first ? item.standards.filter((s) => s.effectiveFrom <= first) : []
    const standard = started[started.length - 1]
    if (!standard) return { item, why: 'notInForce' }
    if (!billsPeriod(standard.cycle, period)) return { item, why: 'cycle' }
    if (standard.mode === 'POSTPAID' && !periodEndedBy(period, today)) return { item, why: 'notEnded' }
    return { item }
  })
  return [...choices.filter((c) => !c.why), ...choices.filter((c) => c.why)]
}

/** Whether a dry run was made for exactly what is picked now (else it must be made again before the run). */
export function sameSelection(a: RunSelection | null, b: RunSelection | null): boolean {
  if (!a || !b) return false
  const ids = (s: RunSelection) => [...s.feeItemIds].sort().join(',')
  return a.communityId === b.communityId && a.period === b.period && ids(a) === ids(b)
}

/** How far a run has got, 0–100: bills recorded of those planned. */
export function progressOf(run: Pick<BillRun, 'status' | 'bills' | 'planned'>): number {
  if (run.status === 'DONE') return 100
  if (run.planned <= 0) return 0
  return Math.max(0, Math.min(100, Math.floor((run.bills * 100) / run.planned)))
}

export function finished(run: Pick<BillRun, 'status'>): boolean {
  return run.status === 'DONE' || run.status === 'FAILED'
}

/** A run's own pace: read again every second at first, then every three (a run of 10,000 units takes a while). */
export function pollDelay(reads: number): number {
  return reads < 10 ? 1000 : 3000
}

const REASONS: [RegExp, string][] = [
  [/^unit has no area$/, 'noArea'],
  [/^unit has no interior area$/, 'noInteriorArea'],
  [/^metered item without approved consumption$/, 'noConsumption'],
  [/^no parking space attached$/, 'noSpace'],
  [/^no stated amount$/, 'noStatedAmount'],
  [/^amount rounds to zero$/, 'roundsToZero'],
  [/^unit unknown to billing$/, 'unknownUnit'],
  [/^[A-Z_]+ charges units only$/, 'unitsOnly'],
]

/** The key (fees.skip.*) of a reason the server gives for skipping a payer; null for one the page does not know. */
export function skipReasonKey(reason: string): string | null {
  return REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? null
}

/** A payer's key ("UNIT:…", "PERSON:…") split into its kind and id. */
export function payerOf(key: string): { kind: string; id: string } {
  const at = key.indexOf(':')
  return at < 0 ? { kind: '', id: key } : { kind: key.substring(0, at), id: key.substring(at + 1) }
}
