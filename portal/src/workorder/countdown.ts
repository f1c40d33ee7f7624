import type { Deadline } from './types'

/**
 * How one deadline stands at a moment, for the live countdowns on the desk, the SLA board and the technician's
 * phone: met (on time or late), paused (the work order is on hold: the clock stands still), open (time left,
 * "due soon" inside the warning window) or overdue (by how much).
 */
export type DeadlineState =
  | { kind: 'met'; late: boolean; byMs: number }
  | { kind: 'paused'; remainingMs: number }
  | { kind: 'open'; remainingMs: number; dueSoon: boolean }
  | { kind: 'overdue'; overByMs: number }

/** Due soon: within 30 minutes of the due time. */
export const DUE_SOON_MS = 30 * 60_000

export function deadlineState(deadline: Deadline, nowMs: number, onHold = false, dueSoonMs = DUE_SOON_MS): DeadlineState {
  const due = Date.parse(deadline.due)
  if (deadline.metAt) {
    const met = Date.parse(deadline.metAt)
    return { kind: 'met', late: met > due, byMs: Math.abs(met - due) }
  }
  const remaining = due - nowMs
  if (remaining < 0) return { kind: 'overdue', overByMs: -remaining }
  if (onHold) return { kind: 'paused', remainingMs: remaining }
  return { kind: 'open', remainingMs: remaining, dueSoon: remaining <= dueSoonMs }
}
