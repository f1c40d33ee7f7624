import type { TimelineEntry, Urgency } from '../../workorder/types'

/** How the work-order page reads a timeline and a community's category tree. */

/** The steps ticket-service writes on a timeline; anything else reads as a plain step. */
export const TIMELINE_ACTIONS = [
  'submitted', 'accepted', 'dispatched', 'transferred', 'taken', 'declined', 'started', 'paused', 'resumed',
  'resolved', 'confirmed', 'auto-confirmed', 'reopened', 'revisited', 'closed', 'cancelled', 'archived', 'urged',
  'urgency-changed', 'commented', 'quoted', 'quote-approved', 'quote-declined', 'sub-task-opened',
] as const

export function actionKey(action: string): string {
  return (TIMELINE_ACTIONS as readonly string[]).includes(action) ? `desk.action.${action}` : 'desk.action.other'
}

/** What an entry's note says: a person (the technician dispatched to), an urgency change, a sub-task, or text. */
export type Note =
  | { kind: 'none' }
  | { kind: 'person'; id: string }
  | { kind: 'urgency'; from: Urgency; to: Urgency; reason: string }
  | { kind: 'subtask'; number: string; category: string }
  | { kind: 'text'; text: string }

const URGENCIES = ['EMERGENCY', 'URGENT', 'NORMAL', 'LOW']

export function noteOf(entry: Pick<TimelineEntry, 'action' | 'note'>): Note {
  const note = entry.note
  if (note === null || note === undefined || note === '') return { kind: 'none' }
  if (entry.action === 'dispatched' || entry.action === 'transferred') return { kind: 'person', id: note }
  if (entry.action === 'sub-task-opened') {
    const m = /^(\S+) (\S+)$/.exec(note)
    if (m) return { kind: 'subtask', number: m[1], category: m[2] }
  }
  if (entry.action === 'urgency-changed') {
    const m = /^([A-Z]+) → ([A-Z]+): ([\s\S]*)$/.exec(note)
    if (m && URGENCIES.includes(m[1]) && URGENCIES.includes(m[2])) {
      return { kind: 'urgency', from: m[1] as Urgency, to: m[2] as Urgency, reason: m[3] }
    }
  }
  return { kind: 'text', text: note }
}

/** How often the reporter urged (催单) and when last. */
export function urges(timeline: readonly Pick<TimelineEntry, 'action' | 'at'>[]): { count: number; last?: string } {
  const urged = timeline.filter((e) => e.action === 'urged')
  return { count: urged.length, last: urged.at(-1)?.at }
}

/** A category of GET /api/v1/categories/{communityId}: trades with their sub-categories. */
export interface CategoryNode {
  code: string
  name: string
  active: boolean
  children?: CategoryNode[]
}

export interface CategoryOption {
  code: string
  label: string
  depth: number
}

/** The active categories as options, each sub-category after its trade and named "trade / sub-category". */
export function categoryOptions(trades: readonly CategoryNode[], parent?: string, depth = 0): CategoryOption[] {
  return trades.filter((c) => c.active).flatMap((c) => {
    const label = parent ? `${parent} / ${c.name}` : c.name
    return [{ code: c.code, label, depth }, ...categoryOptions(c.children ?? [], label, depth + 1)]
  })
}

/** The readable name of a category code, active or not; the code itself when unknown. */
export function categoryLabel(trades: readonly CategoryNode[], code: string | undefined, parent?: string): string {
  if (!code) return '—'
  for (const c of trades) {
    const label = parent ? `${parent} / ${c.name}` : c.name
    if (c.code === code) return label
    const inside = categoryLabel(c.children ?? [], code, label)
    if (inside !== code) return inside
  }
  return code
}
