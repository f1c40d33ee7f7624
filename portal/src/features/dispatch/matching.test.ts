import { describe, expect, it } from 'vitest'
import type { WorkOrder } from '../../workorder/types'
import { nextDeadline, rankFor, returnedBecause, subTaskTrades, waitingWork, type RosterTechnician } from './matching'
import { categoryName, tradeOf, type CategoryTree } from './lookups'

const tech = (id: string, name: string, skills: string[], onDuty: boolean, openWork: number, lastAssignedAt: string | null = null): RosterTechnician =>
  ({ id, name, skills, onDuty, openWork, lastAssignedAt })

const roster = [
  tech('wu', '吴刚', ['elevator', 'hvac'], true, 0),
  tech('zhou', '周强', ['plumbing', 'electrical'], true, 2, '2026-12-07T08:00:00Z'),
  tech('li', '李明', ['plumbing'], true, 2, '2026-12-07T07:00:00Z'),
  tech('chen', '陈刚', ['plumbing'], false, 0),
]

describe('ranking the roster for a work order', () => {
  it('puts on-duty technicians with the skill first, least loaded and longest waiting first, and suggests the first', () => {
    const ranked = rankFor(roster, 'plumbing')
    expect(ranked.map((c) => c.id)).toEqual(['li', 'zhou', 'wu', 'chen'])
    expect(ranked.map((c) => c.matches)).toEqual([true, true, false, true])
    expect(ranked.filter((c) => c.suggested).map((c) => c.id)).toEqual(['li'])
  })

  it('suggests nobody when no one on duty has the skill', () => {
    const ranked = rankFor(roster, 'greening')
    expect(ranked.some((c) => c.matches || c.suggested)).toBe(false)
    expect(ranked.map((c) => c.id)).toEqual(['wu', 'li', 'zhou', 'chen'])
  })

  it('puts the current assignee last for a transfer, never suggested', () => {
    const ranked = rankFor(roster, 'plumbing', 'li')
    expect(ranked.at(-1)).toMatchObject({ id: 'li', current: true, suggested: false })
    expect(ranked[0]).toMatchObject({ id: 'zhou', suggested: true })
  })
})

const tree: CategoryTree = {
  communityId: 'c',
  trades: [
    { code: 'plumbing', name: '给排水', active: true, children: [{ code: 'plumbing-leak', name: '漏水', active: true, children: [] }] },
    { code: 'electrical', name: '电气', active: true, children: [] },
    { code: 'parking', name: '停车', active: false, children: [] },
  ],
}

describe('categories', () => {
  it('finds the trade of a subject and names it with its trade', () => {
    expect(tradeOf('plumbing-leak', tree)).toBe('plumbing')
    expect(tradeOf('electrical', tree)).toBe('electrical')
    expect(tradeOf('unknown', tree)).toBe('unknown')
    expect(categoryName('plumbing-leak', tree)).toBe('给排水 · 漏水')
    expect(categoryName('unknown', undefined)).toBe('unknown')
  })

  it('offers the other active trades for a sub-task', () => {
    expect(subTaskTrades(tree.trades, 'plumbing').map((t) => t.code)).toEqual(['electrical'])
  })
})

const order = (over: Partial<WorkOrder>): WorkOrder => ({
  id: 'x', number: 'WO-1', version: 1, status: 'ACCEPTED', kind: 'REPAIR', category: 'plumbing', urgency: 'NORMAL', channel: 'APP',
  title: 't', communityId: 'c', reporterId: 'r', submittedAt: '2026-12-07T08:00:00Z', reopenCount: 0,
  deadlines: {}, timeline: [], ...over,
})
const due = (iso: string, metAt: string | null = null) => ({ due: iso, counting: 'ELAPSED', metAt })

describe('waiting work', () => {
  it('keeps accepted work to dispatch, the earliest open deadline first, then urgency', () => {
    const items = [
      order({ id: 'late', deadlines: { ARRIVAL: due('2026-12-07T12:00:00Z') } }),
      order({ id: 'soon', deadlines: { RESPONSE: due('2026-12-07T08:10:00Z', '2026-12-07T08:05:00Z'), ARRIVAL: due('2026-12-07T10:00:00Z') } }),
      order({ id: 'same-but-urgent', urgency: 'URGENT', deadlines: { ARRIVAL: due('2026-12-07T12:00:00Z') } }),
      order({ id: 'complaint', kind: 'COMPLAINT' }),
      order({ id: 'with-someone', status: 'DISPATCHED' }),
    ]
    expect(waitingWork(items).map((w) => w.id)).toEqual(['soon', 'same-but-urgent', 'late'])
    expect(nextDeadline(items[1])?.kind).toBe('ARRIVAL')
  })

  it('tells declined and reopened work from newly accepted work', () => {
    const at = '2026-12-07T09:00:00Z'
    const entry = (action: string, note: string | null = null) => ({ at, actorId: 'a', action, status: 'ACCEPTED' as const, note })
    expect(returnedBecause(order({ timeline: [entry('submitted'), entry('accepted')] }))).toBeUndefined()
    expect(returnedBecause(order({ timeline: [entry('accepted'), entry('dispatched'), entry('declined', '不在班'), entry('commented', 'x')] }))?.note).toBe('不在班')
    expect(returnedBecause(order({ timeline: [entry('resolved'), entry('reopened', '还在漏')] }))?.action).toBe('reopened')
    expect(returnedBecause(order({ status: 'DISPATCHED', timeline: [entry('declined', 'x')] }))).toBeUndefined()
  })
})
