import { describe, expect, it } from 'vitest'
import type { WorkOrder } from '../../workorder/types'
import { boardOf, spanOf, stageOf, standingOf } from './board'

const at = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00Z`)
const due = (hhmm: string, metAt: string | null = null) => ({ due: `2026-12-07T${hhmm}:00Z`, counting: 'ELAPSED', metAt })
const order = (id: string, over: Partial<WorkOrder>): WorkOrder => ({
  id, number: id, status: 'DISPATCHED', kind: 'REPAIR', category: 'plumbing', urgency: 'NORMAL', channel: 'APP', title: id,
  communityId: 'c', reporterId: 'r', submittedAt: '2026-12-07T08:00:00Z', reopenCount: 0, deadlines: {}, timeline: [], ...over,
})

describe('escalation stages', () => {
  it('warns at 80% of the time from submission, escalates at the deadline, 30 minutes and 90 minutes after it', () => {
    const d = due('10:00') // submitted 08:00, so the warning comes at 09:36
    expect(stageOf('2026-12-07T08:00:00Z', d, at('09:35'))).toBe(0)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('09:36'))).toBe(1)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('09:59'))).toBe(1)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('10:00'))).toBe(2)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('10:29'))).toBe(2)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('10:30'))).toBe(3)
    expect(stageOf('2026-12-07T08:00:00Z', d, at('11:30'))).toBe(4)
    expect(stageOf('2026-12-07T08:00:00Z', due('10:00', '2026-12-07T10:20:00Z'), at('12:00'))).toBe(0)
  })

  it('places a work order by its furthest-along deadline', () => {
    const w = order('a', { deadlines: { ARRIVAL: due('09:00'), RESOLUTION: due('10:00') } })
    expect(standingOf(w, at('09:40'))).toMatchObject({ column: 'level2', kind: 'ARRIVAL' })
    expect(standingOf(order('b', { deadlines: { RESOLUTION: due('18:00') } }), at('09:00'))).toBeNull()
  })

  it('shows work on hold only once it is overdue', () => {
    const held = order('h', { status: 'ON_HOLD', deadlines: { RESOLUTION: due('10:00') } })
    expect(standingOf(held, at('09:50'))).toBeNull()
    expect(standingOf(held, at('10:10'))).toMatchObject({ column: 'level1' })
  })

  it('sorts each column by due time', () => {
    const board = boardOf([
      order('later', { deadlines: { ARRIVAL: due('09:20') } }),
      order('earlier', { deadlines: { ARRIVAL: due('09:10') } }),
      order('soon', { deadlines: { ARRIVAL: due('09:50') } }),
    ], at('09:45'))
    expect(board.level2.map((s) => s.workOrder.id)).toEqual(['earlier'])
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
