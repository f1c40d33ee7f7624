import { describe, expect, it } from 'vitest'
import { ALL_OPEN, defaultStatus, LIST, mapLimited, queueRequest, rowOf, runningDeadlines, SEARCH } from './queue'
import type { WorkOrder } from '../../workorder/types'

const at = { communityId: 'c1', userId: 'agent-1', page: 3, size: 20 }

describe('the desk queue', () => {
  it('reads new requests from the list, page by page (0-based on the server)', () => {
    expect(queueRequest('new', {}, at)).toEqual({
      path: LIST, query: { communityId: 'c1', status: 'SUBMITTED', page: 2, size: 20 }, summaries: false,
    })
  })

  it('keeps a tab on new requests whatever status filter was left from another tab', () => {
    expect(queueRequest('new', { status: 'CLOSED' }, at).query.status).toBe('SUBMITTED')
  })

  it('searches by accountable agent for "mine", and completes the summaries', () => {
    const r = queueRequest('mine', { status: '', text: '  ' }, at)
    expect(r.path).toBe(SEARCH)
    expect(r.summaries).toBe(true)
    expect(r.query).toEqual({
      communityId: 'c1', status: undefined, urgency: undefined, kind: undefined, overdue: undefined, text: undefined,
      accountableAgentId: 'agent-1', page: 2, size: 20,
    })
  })

  it('uses the list for all work filtered by status only, and the search for any other filter', () => {
    expect(queueRequest('all', { status: 'ON_HOLD' }, at).path).toBe(LIST)
    const r = queueRequest('all', { status: 'ACCEPTED', urgency: 'URGENT', overdue: true, text: ' 漏水 ' }, at)
    expect(r.path).toBe(SEARCH)
    expect(r.query).toMatchObject({ status: 'ACCEPTED', urgency: 'URGENT', overdue: true, text: '漏水', accountableAgentId: undefined })
  })

  it('asks for all open work in one call, on the list or the search, with every open status', () => {
    const open = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'TAKEN', 'IN_PROGRESS', 'ON_HOLD']
    expect(queueRequest('all', { status: ALL_OPEN }, at)).toEqual({
      path: LIST, query: { communityId: 'c1', status: open, page: 2, size: 20 }, summaries: false,
    })
    const searched = queueRequest('all', { status: ALL_OPEN, urgency: 'EMERGENCY' }, at)
    expect(searched.path).toBe(SEARCH)
    expect(searched.query.status).toEqual(open)
    expect(queueRequest('all', { status: '' }, at).query.status).toBeUndefined()
  })

  it('opens "all" on all open work and "mine" on every status', () => {
    expect(defaultStatus('all')).toBe(ALL_OPEN)
    expect(defaultStatus('mine')).toBe('')
  })

  it('shows only the deadlines still running, in the order work meets them', () => {
    const open = { due: '2026-12-08T10:00:00Z', counting: 'ELAPSED', metAt: null }
    expect(runningDeadlines({ RESOLUTION: open, RESPONSE: { ...open, metAt: '2026-12-08T09:00:00Z' }, ARRIVAL: open }))
      .toEqual(['ARRIVAL', 'RESOLUTION'])
    expect(runningDeadlines(undefined)).toEqual([])
  })

  it('turns whole work orders and summaries into rows', () => {
    const whole = { id: 'w1', number: 'WO-1', title: 't', status: 'SUBMITTED', kind: 'REPAIR', category: 'plumbing',
      urgency: 'NORMAL', channel: 'HOTLINE', reporterName: '张伟', reporterPhone: '138', deadlines: {}, submittedAt: 'x' } as unknown as WorkOrder
    expect(rowOf(whole, '"3"')).toMatchObject({ channel: 'HOTLINE', reporterName: '张伟', deadlines: {}, etag: '"3"', overdue: undefined })
    expect(rowOf({ ...whole, version: 5 }).etag).toBe('"5"') // a listed work order carries its version
    const summary = { id: 'w2', number: 'WO-2', title: 't', status: 'ACCEPTED', kind: 'REPAIR', category: 'c', urgency: 'LOW',
      submittedAt: 'x', reopenCount: 0, overdue: true } as const
    expect(rowOf(summary)).toMatchObject({ channel: undefined, deadlines: undefined, overdue: true, etag: undefined })
  })

  it('runs a page of reads a few at a time, keeping their order', async () => {
    let running = 0
    let most = 0
    const result = await mapLimited([5, 1, 3, 2, 4], 2, async (n) => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    expect(result).toEqual([50, 10, 30, 20, 40])
    expect(most).toBe(2)
  })
})
