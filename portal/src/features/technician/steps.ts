import type { WorkOrder } from '../../workorder/types'

/**
 * What the technician can do next with a work order dispatched to them, by its status (ticket-service's state
 * machine): take or decline dispatched work; start taken work (once the owner approved a quote, if there is one),
 * quote an in-unit repair from the price list, or still decline it; hold or resolve work in progress (with
 * photos); resume work on hold. The server decides; this only chooses the buttons.
 */
export type Step = 'take' | 'decline' | 'quote' | 'start' | 'hold' | 'resume' | 'resolve'

export interface Offered {
  step: Step
  /** why it cannot be taken now; absent when it can */
  blocked?: 'quoteWaiting' | 'quoteDeclined'
}

/** The steps that need words from the technician (a reason, a result). */
export const NEEDS_TEXT: ReadonlySet<Step> = new Set(['decline', 'hold', 'resolve'])

export function stepsFor(w: Pick<WorkOrder, 'status' | 'unitId' | 'quote'>): Offered[] {
  switch (w.status) {
    case 'DISPATCHED':
      return [{ step: 'take' }, { step: 'decline' }]
    case 'TAKEN': {
      const quote = w.quote?.status
      const start: Offered = quote === 'PROPOSED' ? { step: 'start', blocked: 'quoteWaiting' }
        : quote === 'DECLINED' ? { step: 'start', blocked: 'quoteDeclined' } : { step: 'start' }
      const steps: Offered[] = [start]
      if (w.unitId && quote !== 'APPROVED') steps.push({ step: 'quote' })
      steps.push({ step: 'decline' })
      return steps
    }
    case 'IN_PROGRESS':
      return [{ step: 'resolve' }, { step: 'hold' }]
    case 'ON_HOLD':
      return [{ step: 'resume' }]
    default:
      return []
  }
}

export interface PriceItem {
  code: string
  name: string
  unit: string
  price: number
}

export interface PriceList {
  communityId: string
  currency: string
  items: PriceItem[]
}

/** The lines a quote sends: the items with a quantity above zero, in price-list order. */
export function quoteLines(items: readonly PriceItem[], quantities: Record<string, number | null | undefined>) {
  return items.filter((item) => (quantities[item.code] ?? 0) > 0).map((item) => ({ code: item.code, quantity: quantities[item.code] as number }))
}

/** What the quote will come to, as the server prices it: each line rounded to cents, then added up (in cents). */
export function quoteTotalCents(items: readonly PriceItem[], quantities: Record<string, number | null | undefined>): number {
  return quoteLines(items, quantities).reduce((sum, line) => {
    const price = items.find((item) => item.code === line.code)?.price ?? 0
    return sum + Math.round(Math.round(price * 100) * line.quantity)
  }, 0)
}

export function money(cents: number, currency = 'CNY'): string {
  const symbol = currency === 'CNY' ? '¥' : `${currency} `
  return `${symbol}${(cents / 100).toFixed(2)}`
}

/**
 * Whether a work order a step answered is still the technician's card: a decline answers it back in dispatch,
 * with no assignee (the server answers 200, and from then on the technician no longer sees it).
 */
export function stillMine(w: Pick<WorkOrder, 'assigneeId'>, userId: string): boolean {
  return !!w.assigneeId && w.assigneeId === userId
}

/** The technician's groups of work, for the filter chips: new (to take), taken (to start), working, done. */
export type Group = 'new' | 'taken' | 'working' | 'done'
export const GROUPS: readonly Group[] = ['new', 'taken', 'working', 'done']

export function groupOf(status: WorkOrder['status']): Group {
  switch (status) {
    case 'DISPATCHED': return 'new'
    case 'TAKEN': return 'taken'
    case 'IN_PROGRESS':
    case 'ON_HOLD': return 'working'
    default: return 'done'
  }
}

/** How many are in each group, and every one ("all"). */
export function groupCounts(statuses: readonly WorkOrder['status'][]): Record<Group | 'all', number> {
  const counts: Record<Group | 'all', number> = { all: statuses.length, new: 0, taken: 0, working: 0, done: 0 }
  for (const status of statuses) counts[groupOf(status)]++
  return counts
}
