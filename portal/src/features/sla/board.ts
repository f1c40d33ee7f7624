import type { Deadline, DeadlineKind, WorkOrder } from '../../workorder/types'

/**
 * Where open work stands against its deadlines, for the SLA board: due soon, or overdue at escalation level 1, 2
 * or 3 — as ticket-service's overdue watch recorded it on each deadline (`dueSoonWarned`, `escalationLevel`) when it
 * sent the warning and the escalations, not worked out again here from the clock. The watch warns once
 * `warnShare` of the time from submission to the deadline has passed, escalates to level 1 (assignee and
 * dispatcher) at the deadline, level 2 (supervisor) `level2After` later and level 3 (property manager)
 * `level3After` after that; a work order on hold stands still.
 */
export interface Escalation {
  warnShare: number
  level2AfterMs: number
  level3AfterMs: number
}

/**
 * The platform's default intervals (ticket-service's WatchProperties), for the words that describe the columns and
 * the policy only: the API does not give the configured intervals. Where each work order stands comes from the
 * server.
 */
export const PLATFORM_ESCALATION: Escalation = { warnShare: 0.8, level2AfterMs: 30 * 60_000, level3AfterMs: 60 * 60_000 }

export type Column = 'dueSoon' | 'level1' | 'level2' | 'level3'
export const COLUMNS: readonly Column[] = ['dueSoon', 'level1', 'level2', 'level3']

/**
 * The stage one deadline has reached, as the server recorded it: 0 nothing yet (or met), 1 due soon, 2–4 overdue
 * at level 1–3.
 */
export function stageOf(deadline: Deadline): number {
  if (deadline.metAt) return 0
  const level = Math.min(3, Math.max(0, deadline.escalationLevel ?? 0))
  if (level > 0) return level + 1
  return deadline.dueSoonWarned ? 1 : 0
}

export interface Standing {
  workOrder: WorkOrder
  column: Column
  /** the deadline that put it there (the furthest along; the earliest due among equals) */
  kind: DeadlineKind
  deadline: Deadline
}

const COLUMN_OF_STAGE: Record<number, Column> = { 1: 'dueSoon', 2: 'level1', 3: 'level2', 4: 'level3' }

/**
 * The standing of one work order: its furthest-along unmet deadline, or none when nothing was warned about. Work on
 * hold stands still (its clock is paused), so it is only shown once a deadline was escalated.
 */
export function standingOf(w: WorkOrder): Standing | null {
  let best: { stage: number; kind: DeadlineKind; deadline: Deadline } | null = null
  for (const [kind, deadline] of Object.entries(w.deadlines ?? {}) as [DeadlineKind, Deadline | undefined][]) {
    if (!deadline) continue
    const stage = stageOf(deadline)
    if (stage === 0 || (w.status === 'ON_HOLD' && stage === 1)) continue
    if (!best || stage > best.stage || (stage === best.stage && Date.parse(deadline.due) < Date.parse(best.deadline.due))) {
      best = { stage, kind, deadline }
    }
  }
  return best ? { workOrder: w, column: COLUMN_OF_STAGE[best.stage], kind: best.kind, deadline: best.deadline } : null
}

/** The board: each column's work, the longest overdue (or the soonest due) first. */
export function boardOf(items: readonly WorkOrder[]): Record<Column, Standing[]> {
  const board: Record<Column, Standing[]> = { dueSoon: [], level1: [], level2: [], level3: [] }
  for (const w of items) {
    const standing = standingOf(w)
    if (standing) board[standing.column].push(standing)
  }
  for (const column of COLUMNS) board[column].sort((a, b) => Date.parse(a.deadline.due) - Date.parse(b.deadline.due))
  return board
}

/** An interval as the words for it take it: whole hours, whole minutes, or both ("sla.span.hm" with h and m). */
export function spanOf(ms: number): { key: 'sla.span.h' | 'sla.span.m' | 'sla.span.hm'; h: number; m: number } {
  const minutes = Math.round(ms / 60_000)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return { key: 'sla.span.m', h, m }
  return { key: m === 0 ? 'sla.span.h' : 'sla.span.hm', h, m }
}
