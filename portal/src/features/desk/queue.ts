import { etagOf, OPEN_STATUSES, type Channel, type Deadline, type DeadlineKind, type Kind, type Urgency, type WorkOrder, type WorkOrderStatus } from '../../workorder/types'

/**
 * The desk's queue, read page by page from the server. ticket-service has two readers: the list
 * (GET /api/v1/tickets: whole work orders with their versions, filtered by status only) and the search
 * (GET /api/v1/ticket-reports/search: every filter, but summaries without channel, reporter, deadlines or version).
 * Both take status repeated, so "all open work" is one call. The queue asks the list whenever it can and the search
 * otherwise; rows found by the search are completed from each work order (one page of them at most).
 */
export type QueueTab = 'new' | 'mine' | 'all'

/** The status filter "all open work": any of the open statuses, in one call. */
export const ALL_OPEN = 'OPEN'

export interface QueueFilters {
  /** one status, all open ones ({@link ALL_OPEN}), or '' for every status */
  status?: WorkOrderStatus | typeof ALL_OPEN | ''
  urgency?: Urgency | ''
  kind?: Kind | ''
  overdue?: boolean
  text?: string
}

export interface QueueRequest {
  path: string
  query: Record<string, string | string[] | number | boolean | undefined>
  /** the answer holds summaries: complete each row from its work order */
  summaries: boolean
}

export const LIST = '/api/v1/tickets'
export const SEARCH = '/api/v1/ticket-reports/search'

/** The status filter a tab opens with: all open work on "all", every status on "mine" (and "new" is its own). */
export function defaultStatus(tab: QueueTab): QueueFilters['status'] {
  return tab === 'all' ? ALL_OPEN : ''
}

/** What to ask for one page (1-based) of a tab with these filters. */
export function queueRequest(tab: QueueTab, filters: QueueFilters,
                             at: { communityId: string; userId: string; page: number; size: number }): QueueRequest {
  const status = tab === 'new' ? 'SUBMITTED' : filters.status === ALL_OPEN ? [...OPEN_STATUSES] : filters.status || undefined
  const text = filters.text?.trim() || undefined
  const paging = { page: Math.max(0, at.page - 1), size: at.size }
  const needsSearch = tab === 'mine' || !!filters.urgency || !!filters.kind || !!filters.overdue || !!text
  if (!needsSearch) {
    return { path: LIST, query: { communityId: at.communityId, status, ...paging }, summaries: false }
  }
  return {
    path: SEARCH,
    query: {
      communityId: at.communityId,
      status,
      urgency: filters.urgency || undefined,
      kind: filters.kind || undefined,
      overdue: filters.overdue ? true : undefined,
      text,
      accountableAgentId: tab === 'mine' ? at.userId : undefined,
      ...paging,
    },
    summaries: true,
  }
}

/** A search result (TicketReportsController.WorkOrderSummary). */
export interface WorkOrderSummary {
  id: string
  number: string
  status: WorkOrderStatus
  kind: Kind
  category: string
  urgency: Urgency
  title: string
  unitId?: string | null
  submittedAt: string
  accountableAgentId?: string | null
  assigneeId?: string | null
  reopenCount: number
  overdue: boolean
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** One row of the queue, whichever reader it came from. */
export interface QueueRow {
  id: string
  number: string
  title: string
  status: WorkOrderStatus
  kind: Kind
  category: string
  urgency: Urgency
  unitId?: string | null
  submittedAt: string
  accountableAgentId?: string | null
  assigneeId?: string | null
  channel?: Channel
  reporterName?: string | null
  reporterPhone?: string | null
  deadlines?: Partial<Record<DeadlineKind, Deadline>>
  overdue?: boolean
  /** the version of the work order as read, for If-Match; summaries have none until completed */
  etag?: string
}

export function rowOf(w: WorkOrder | WorkOrderSummary, etag?: string): QueueRow {
  const whole = 'deadlines' in w ? (w as WorkOrder) : undefined
  return {
    id: w.id, number: w.number, title: w.title, status: w.status, kind: w.kind, category: w.category,
    urgency: w.urgency, unitId: w.unitId, submittedAt: w.submittedAt, accountableAgentId: w.accountableAgentId,
    assigneeId: w.assigneeId,
    channel: whole?.channel, reporterName: whole?.reporterName, reporterPhone: whole?.reporterPhone,
    deadlines: whole?.deadlines,
    overdue: 'overdue' in w ? (w as WorkOrderSummary).overdue : undefined,
    etag: etag ?? (whole ? etagOf(whole) : undefined),
  }
}

export const DEADLINE_ORDER: readonly DeadlineKind[] = ['RESPONSE', 'ARRIVAL', 'RESOLUTION', 'REPLY']

/** The deadlines a row shows: those still running (not met), in the order the work meets them. */
export function runningDeadlines(deadlines: Partial<Record<DeadlineKind, Deadline>> | undefined): DeadlineKind[] {
  if (!deadlines) return []
  return DEADLINE_ORDER.filter((k) => deadlines[k] && !deadlines[k]!.metAt)
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
