/**
 * A work order as ticket-service answers it (GET /api/v1/tickets/{id}, and every list item); the ETag of an answer
 * is its version, which the work order also carries (`version`), so a list item can be stepped on without a re-read.
 */
export type WorkOrderStatus =
  | 'SUBMITTED' | 'ACCEPTED' | 'DISPATCHED' | 'TAKEN' | 'IN_PROGRESS' | 'ON_HOLD' | 'RESOLVED' | 'CONFIRMED'
  | 'REVISITED' | 'CLOSED' | 'CANCELLED' | 'ARCHIVED'
export type Urgency = 'EMERGENCY' | 'URGENT' | 'NORMAL' | 'LOW'
export type Kind = 'REPAIR' | 'COMPLAINT' | 'SUGGESTION' | 'INQUIRY' | 'INSPECTION_FINDING' | 'PREVENTIVE_MAINTENANCE' | 'SECURITY_INCIDENT'
export type Channel = 'APP' | 'HOTLINE' | 'WALK_IN' | 'WECHAT' | 'PORTAL' | 'STAFF_FOUND' | 'INSPECTION' | 'SYSTEM' | 'API'
export type DeadlineKind = 'RESPONSE' | 'ARRIVAL' | 'RESOLUTION' | 'REPLY'

export interface Deadline {
  due: string
  counting: string
  metAt: string | null
  /** the overdue watch warned that it is due soon (or went further); as recorded by the server */
  dueSoonWarned?: boolean
  /** how far the overdue watch escalated it: 0 none, 1 overdue (assignee, dispatcher), 2 supervisor, 3 manager */
  escalationLevel?: number
}

export interface TimelineEntry {
  at: string
  actorId: string
  action: string
  status: WorkOrderStatus
  note: string | null
}

export interface Quote {
  status: string
  total?: number | string
  [key: string]: unknown
}

export interface WorkOrder {
  id: string
  number: string
  /** the version its ETag carries */
  version: number
  status: WorkOrderStatus
  kind: Kind
  category: string
  urgency: Urgency
  channel: Channel
  title: string
  description?: string
  location?: string
  communityId: string
  unitId?: string
  reporterId: string
  reporterName?: string
  reporterPhone?: string
  submittedAt: string
  accountableAgentId?: string | null
  assigneeId?: string | null
  reopenCount: number
  result?: string | null
  quote?: Quote | null
  parentId?: string | null
  deadlines: Partial<Record<DeadlineKind, Deadline>>
  timeline: TimelineEntry[]
}

/** States in which the work is still open (its deadlines still count). */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'TAKEN', 'IN_PROGRESS', 'ON_HOLD']

/** The ETag of a work order as read (list items included): its version, quoted, as If-Match takes it. */
export function etagOf(w: Pick<WorkOrder, 'version'>): string | undefined {
  return typeof w.version === 'number' ? `"${w.version}"` : undefined
}
