/** A work order as ticket-service answers it (GET /api/v1/tickets/{id}); the ETag of the answer is its version. */
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
