import { api, get } from '../../api/http'
import { ProblemError } from '../../api/problem'
import { etagOf, type WorkOrder, type WorkOrderStatus } from '../../workorder/types'

/**
 * Reading work orders for the boards: a community's work in any of some statuses (one listing, every page of it,
 * newest first), each with its version, which a step sends back as If-Match; and one work order read again when
 * it has to be (after a 412).
 */
interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** Enough for any one community's open work; beyond this a board shows the newest and says so. */
export const MAX_PAGES = 5
const PAGE_SIZE = 100

export interface Listing {
  items: WorkOrder[]
  /** true when there were more work orders than were read */
  truncated: boolean
}

/** The query of one page of a community's work in any of `statuses` (the server takes status repeated). */
export function listQuery(communityId: string, statuses: readonly WorkOrderStatus[], page: number, size = PAGE_SIZE) {
  return { communityId, status: [...statuses], page, size }
}

export async function listInStatuses(communityId: string, statuses: readonly WorkOrderStatus[]): Promise<Listing> {
  const items: WorkOrder[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await get<Page<WorkOrder>>('/api/v1/tickets', listQuery(communityId, statuses, page))
    items.push(...answer.items)
    if ((page + 1) * PAGE_SIZE >= answer.total) return { items, truncated: false }
  }
  return { items, truncated: true }
}

export interface Versioned {
  workOrder: WorkOrder
  etag?: string
}

/** A work order as listed, with the ETag its version stands for: no read needed before a step. */
export function versioned(workOrder: WorkOrder): Versioned {
  return { workOrder, etag: etagOf(workOrder) }
}

export async function readWorkOrder(id: string): Promise<Versioned> {
  const answer = await api<WorkOrder>(`/api/v1/tickets/${encodeURIComponent(id)}`)
  return { workOrder: answer.data, etag: answer.etag }
}

/** A step on a work order, sent with the version it was based on; answers the work order after it. */
export async function step(id: string, action: string, etag: string | undefined, body?: unknown): Promise<Versioned> {
  const answer = await api<WorkOrder>(`/api/v1/tickets/${encodeURIComponent(id)}/${action}`, {
    method: 'POST', body: body ?? {}, ifMatch: etag,
  })
  return { workOrder: answer.data, etag: answer.etag }
}

/** Someone else changed it since it was read (412 Precondition Failed): the page reloads and says so. */
export function isStale(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 412
}
