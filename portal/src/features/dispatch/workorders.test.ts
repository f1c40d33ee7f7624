import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkOrder } from '../../workorder/types'

vi.mock('../../api/http', async (importActual) => ({ ...(await importActual<typeof import('../../api/http')>()), get: vi.fn() }))
const { get, withQuery } = await import('../../api/http')
const { listInStatuses, listQuery, MAX_PAGES, versioned } = await import('./workorders')

const order = (n: number) => ({ id: `w${n}`, number: `WO-${n}`, version: n % 4 }) as unknown as WorkOrder
const pageOf = (page: number, total: number) => ({
  items: Array.from({ length: Math.max(0, Math.min(100, total - page * 100)) }, (_, i) => order(page * 100 + i)), page, size: 100, total,
})

describe('reading a board', () => {
  beforeEach(() => vi.mocked(get).mockReset())

  it('asks for work in any of several statuses in one listing, with status repeated', () => {
    expect(withQuery('/api/v1/tickets', listQuery('c1', ['ACCEPTED', 'DISPATCHED', 'ON_HOLD'], 0)))
      .toBe('/api/v1/tickets?communityId=c1&status=ACCEPTED&status=DISPATCHED&status=ON_HOLD&page=0&size=100')
  })

  it('reads every page of that one listing, not one listing per status', async () => {
    vi.mocked(get).mockImplementation(async (_path, query) => pageOf(Number(query?.page), 230))
    const listing = await listInStatuses('c1', ['SUBMITTED', 'ACCEPTED', 'DISPATCHED'])
    expect(listing.items).toHaveLength(230)
    expect(listing.truncated).toBe(false)
    expect(vi.mocked(get).mock.calls.map(([, q]) => [q?.page, q?.status])).toEqual([
      [0, ['SUBMITTED', 'ACCEPTED', 'DISPATCHED']], [1, ['SUBMITTED', 'ACCEPTED', 'DISPATCHED']], [2, ['SUBMITTED', 'ACCEPTED', 'DISPATCHED']],
    ])
  })

  it('stops after its pages and says the board is truncated', async () => {
    vi.mocked(get).mockImplementation(async (_path, query) => pageOf(Number(query?.page), 10_000))
    const listing = await listInStatuses('c1', ['ACCEPTED'])
    expect(get).toHaveBeenCalledTimes(MAX_PAGES)
    expect(listing.truncated).toBe(true)
  })

  it('takes the ETag of a listed work order from its version, without reading it again', () => {
    expect(versioned(order(7))).toEqual({ workOrder: order(7), etag: '"3"' })
  })
})
