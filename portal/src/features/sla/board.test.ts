import { describe, expect, it } from 'vitest'
import type { WorkOrder } from '../../workorder/types'
import { boardOf, spanOf, stageOf, standingOf } from './board'

/** A deadline due at hh:mm, with what the server recorded for it: `w` warned, or the escalation level reached. */
const due = (hhmm: string, recorded: { w?: boolean; level?: number; metAt?: string } = {}) => ({
  due: `2026-12-07T${hhmm}:00Z`, counting: 'ELAPSED', metAt: recorded.metAt ?? null,
  dueSoonWarned: recorded.w ?? (recorded.level ?? 0) > 0, escalationLevel: recorded.level ?? 0,
})
const order = (id: string, over: Partial<WorkOrder>): WorkOrder => ({
  id, number: id, version: 1, status: 'DISPATCHED', kind: 'REPAIR', category: 'plumbing', urgency: 'NORMAL', channel: 'APP', title: id,
  communityId: 'c', reporterId: 'r', submittedAt: '2026-12-07T08:00:00Z', reopenCount: 0, deadlines: {}, timeline: [], ...over,
})

describe('escalation stages, as the server recorded them', () => {
  it('reads the warning and the level from each deadline', () => {
    expect(stageOf(due('10:00'))).toBe(0)
    expect(stageOf(due('10:00', { w: true }))).toBe(1)
    expect(stageOf(due('10:00', { level: 1 }))).toBe(2)
    expect(stageOf(due('10:00', { level: 2 }))).toBe(3)
    expect(stageOf(due('10:00', { level: 3 }))).toBe(4)
    expect(stageOf(due('10:00', { level: 2, metAt: '2026-12-07T10:50:00Z' })), 'met: off the board').toBe(0)
  })

  it('does not work a level out from the clock: a deadline long past that the server did not escalate stays where it is', () => {
    const long = { due: '2020-01-01T00:00:00Z', counting: 'ELAPSED', metAt: null, dueSoonWarned: false, escalationLevel: 0 }
    expect(stageOf(long)).toBe(0)
    expect(stageOf({ due: '2020-01-01T00:00:00Z', counting: 'ELAPSED', metAt: null }), 'an answer without levels').toBe(0)
  })

  it('places a work order by its furthest-along deadline', () => {
    const w = order('a', { deadlines: { ARRIVAL: due('09:00', { level: 2 }), RESOLUTION: due('10:00', { w: true }) } })
    expect(standingOf(w)).toMatchObject({ column: 'level2', kind: 'ARRIVAL' })
    expect(standingOf(order('b', { deadlines: { RESOLUTION: due('18:00') } }))).toBeNull()
  })

  it('shows work on hold only once it was escalated', () => {
    expect(standingOf(order('h', { status: 'ON_HOLD', deadlines: { RESOLUTION: due('10:00', { w: true }) } }))).toBeNull()
    expect(standingOf(order('h', { status: 'ON_HOLD', deadlines: { RESOLUTION: due('10:00', { level: 1 }) } })))
      .toMatchObject({ column: 'level1' })
  })

  it('sorts each column by due time', () => {
    const board = boardOf([
      order('later', { deadlines: { ARRIVAL: due('09:20', { level: 1 }) } }),
      order('earlier', { deadlines: { ARRIVAL: due('09:10', { level: 2 }) } }),
      order('first', { deadlines: { ARRIVAL: due('09:05', { level: 2 }) } }),
      order('soon', { deadlines: { ARRIVAL: due('09:50', { w: true }) } }),
    ])
    expect(board.level2.map((s) => s.workOrder.id)).toEqual(['first', 'earlier'])
    expect(board.level1.map((s) => s.workOrder.id)).toEqual(['later'])
    expect(board.dueSoon.map((s) => s.workOrder.id)).toEqual(['soon'])
    expect(board.level3).toEqual([])
  })
})

describe('intervals in words', () => {
  it('says hours, minutes or both', () => {
    expect(spanOf(30 * 60_000)).toEqual({ key: 'sla.span.m', h: 0, m: 30 })
    expect(spanOf(60 * 60_000)).toEqual({ key: 'sla.span.h', h: 1, m: 0 })
    expect(spanOf(90 * 60_000)).toEqual({ key: 'sla.span.hm', h: 1, m: 30 })
  })
})
