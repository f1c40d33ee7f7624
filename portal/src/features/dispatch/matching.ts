import type { Deadline, DeadlineKind, TimelineEntry, Urgency, WorkOrder, Kind as WorkOrderKind } from '../../workorder/types'

/**
 * The dispatcher's choices, as plain functions: which work waits for dispatch and in what order, why it came back
 * (declined by a technician, reopened by the owner), and the roster ranked for one work order — technicians with
 * the work's trade as a skill first, on duty before off duty, then the least open work and the longest wait since
 * their last assignment, as auto-dispatch picks.
 */
export interface RosterTechnician {
  id: string
  name: string
  skills: string[]
  onDuty: boolean
  openWork: number
  lastAssignedAt?: string | null
}

export interface Candidate extends RosterTechnician {
  /** has the work order's trade as a skill */
  matches: boolean
  /** the work order is with them now (a transfer cannot go to them) */
  current: boolean
  /** whom auto-dispatch would have picked: on duty, the skill, least open work, longest wait */
  suggested: boolean
}

/** Kinds the accepting agent answers without dispatch. */
export const ANSWERED_KINDS: readonly WorkOrderKind[] = ['COMPLAINT', 'SUGGESTION', 'INQUIRY']

const URGENCY_RANK: Record<Urgency, number> = { EMERGENCY: 0, URGENT: 1, NORMAL: 2, LOW: 3 }

function group(t: RosterTechnician, matches: boolean): number {
  if (t.onDuty) return matches ? 0 : 1
  return matches ? 2 : 3
}

function assignedMs(t: RosterTechnician): number {
  return t.lastAssignedAt ? Date.parse(t.lastAssignedAt) : Number.NEGATIVE_INFINITY
}

export function rankFor(technicians: readonly RosterTechnician[], trade: string | undefined,
                        currentAssigneeId?: string | null): Candidate[] {
  const ranked = technicians
    .map((t) => ({ ...t, matches: !!trade && t.skills.includes(trade), current: t.id === currentAssigneeId, suggested: false }))
    .sort((a, b) => Number(a.current) - Number(b.current)
      || group(a, a.matches) - group(b, b.matches)
      || a.openWork - b.openWork
      || assignedMs(a) - assignedMs(b)
      || a.name.localeCompare(b.name, 'zh-CN'))
  const first = ranked[0]
  if (first && !first.current && first.matches && first.onDuty) first.suggested = true
  return ranked
}

/** The earliest deadline not yet met, which the work is measured against next. */
export function nextDeadline(w: Pick<WorkOrder, 'deadlines'>): { kind: DeadlineKind; deadline: Deadline } | undefined {
  let best: { kind: DeadlineKind; deadline: Deadline } | undefined
  for (const [kind, deadline] of Object.entries(w.deadlines ?? {}) as [DeadlineKind, Deadline | undefined][]) {
    if (!deadline || deadline.metAt) continue
    if (!best || Date.parse(deadline.due) < Date.parse(best.deadline.due)) best = { kind, deadline }
  }
  return best
}

/** Accepted work that waits for a dispatcher, the most pressing first: the earliest open deadline, then urgency, then age. */
export function waitingWork(items: readonly WorkOrder[]): WorkOrder[] {
  return items
    .filter((w) => w.status === 'ACCEPTED' && !ANSWERED_KINDS.includes(w.kind))
    .slice()
    .sort(byPressure)
}

export function byPressure(a: WorkOrder, b: WorkOrder): number {
  const dueA = nextDeadline(a)
  const dueB = nextDeadline(b)
  const msA = dueA ? Date.parse(dueA.deadline.due) : Number.POSITIVE_INFINITY
  const msB = dueB ? Date.parse(dueB.deadline.due) : Number.POSITIVE_INFINITY
  return msA - msB || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || Date.parse(a.submittedAt) - Date.parse(b.submittedAt)
}

/** Timeline entries that do not move the work: notes, urges, urgency changes, sub-tasks. */
const SIDE_ACTIONS = new Set(['commented', 'urged', 'urgency-changed', 'sub-task-opened', 'quoted', 'quote-approved', 'quote-declined'])

/** Why accepted work is back at dispatch: the technician's decline or the owner's reopen, with its reason; else none. */
export function returnedBecause(w: Pick<WorkOrder, 'status' | 'timeline'>): TimelineEntry | undefined {
  if (w.status !== 'ACCEPTED') return undefined
  for (let i = (w.timeline?.length ?? 0) - 1; i >= 0; i--) {
    const entry = w.timeline[i]
    if (SIDE_ACTIONS.has(entry.action)) continue
    return entry.action === 'declined' || entry.action === 'reopened' ? entry : undefined
  }
  return undefined
}

/** Other trades a sub-task may be opened for: every active trade but the lead's own. */
export function subTaskTrades<T extends { code: string; active: boolean }>(trades: readonly T[], leadTrade: string | undefined): T[] {
  return trades.filter((t) => t.active && t.code !== leadTrade)
}
