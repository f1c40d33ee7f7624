import { sumFen } from './money'
import { DESK_METHODS, type CashierBatch, type DeskMethod } from './types'

/** How a batch stands, for its tag: open, closed (日结), cancelled (作废), or with a cancellation waiting. */
export type BatchStanding = 'OPEN' | 'CLOSED' | 'CANCELLED' | 'CANCELLATION_PENDING'

export function standingOf(batch: Pick<CashierBatch, 'state' | 'cancellation'>): BatchStanding {
  if (batch.state === 'CANCELLED') return 'CANCELLED'
  if (batch.cancellation === 'PENDING') return 'CANCELLATION_PENDING'
  return batch.state === 'OPEN' ? 'OPEN' : 'CLOSED'
}

/** The day's totals by method over batches (cancelled ones left out: their money was handed back), in fen. */
export function totalsByMethod(batches: readonly CashierBatch[]): Record<DeskMethod | 'ALL', number> {
  const counted = batches.filter((b) => b.state !== 'CANCELLED')
  const totals = Object.fromEntries(DESK_METHODS.map((m) => [m, sumFen(counted.map((b) => b.totals[m]))])) as Record<DeskMethod, number>
  return { ...totals, ALL: sumFen(counted.map((b) => b.total)) }
}

/** What the batch's cashier may do with it: close it (日结) while open; ask for its cancellation once it has payments. */
export function batchActions(batch: CashierBatch, me: string): { close: boolean; cancel: boolean } {
  const standing = standingOf(batch)
  return {
    close: batch.state === 'OPEN',
    cancel: batch.cashierId === me && standing !== 'CANCELLED' && standing !== 'CANCELLATION_PENDING' && batch.payments.length > 0,
  }
}
