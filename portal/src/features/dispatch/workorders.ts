import { api, get } from '../../api/http'
import { ProblemError } from '../../api/problem'
import type { WorkOrder, WorkOrderStatus } from '../../workorder/types'

/**
 * Reading work orders for the boards: a community's work in some statuses (every page of each, newest first), and
 * one work order with its version (ETag), which each step sends back as If-Match.
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
  /** true when some status had more work orders than were read */
  truncated: boolean
}

export async function listInStatuses(communityId: string, statuses: readonly WorkOrderStatus[]): Promise<Listing> {
  const lists = await Promise.all(statuses.map((status) => listInStatus(communityId, status)))
  return { items: lists.flatMap((l) => l.items), truncated: lists.some((l) => l.truncated) }
}

async function listInStatus(communityId: string, status: WorkOrderStatus): Promise<Listing> {
  const items: WorkOrder[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await get<Page<WorkOrder>>('/api/v1/tickets', { communityId, status, page, size: PAGE_SIZE })
    items.push(...answer.items)
    if ((page + 1) * PAGE_SIZE >= answer.total) return { items, truncated: false }
  }
  return { items, truncated: true }
}

export interface Versioned {
  workOrder: WorkOrder
  etag?: string
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
