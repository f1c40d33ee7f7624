import type { Role } from '../../auth/session'
import type { Kind, WorkOrderStatus } from '../../workorder/types'

/**
 * Which steps the work-order page offers to whom, mirroring ticket-service's rules (WorkOrder and the roles on its
 * endpoints) so that nobody is shown a button the server would refuse. The server still decides every step.
 */
export type Step =
  | 'accept' | 'dispatch' | 'hold' | 'resume' | 'urgency' | 'cancel' | 'answer' | 'revisit' | 'close'
  | 'comment' | 'photo' | 'subtask' | 'subtasks'

export interface Viewer {
  id: string
  roles: readonly Role[]
}

export interface StepSubject {
  status: WorkOrderStatus
  kind: Kind
  accountableAgentId?: string | null
  assigneeId?: string | null
  parentId?: string | null
}

/** Staff of the service centre (ticket-service's StaffAccess). */
const DESK: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Who supervises: may close or open sub-tasks without being accountable, may hold work not theirs. */
const SUPERVISES: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
const FIELD: readonly Role[] = ['TECHNICIAN', ...SUPERVISES]
const REVISITORS: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER']
const CANCELLERS: readonly Role[] = DESK
const COMMENTERS: readonly Role[] = ['CUSTOMER_SERVICE', 'TECHNICIAN', ...SUPERVISES]
const PHOTOGRAPHERS: readonly Role[] = COMMENTERS
const ANSWERERS: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR']

const BEING_WORKED: readonly WorkOrderStatus[] = ['DISPATCHED', 'TAKEN', 'IN_PROGRESS', 'ON_HOLD']
const WATCHED_OR_HELD: readonly WorkOrderStatus[] = ['SUBMITTED', 'ACCEPTED', ...BEING_WORKED]
/** Kinds the accountable agent answers without dispatch (答复办结). */
export const ANSWERED_BY_THE_AGENT: readonly Kind[] = ['COMPLAINT', 'SUGGESTION', 'INQUIRY']

const any = (viewer: Viewer, roles: readonly Role[]) => viewer.roles.some((r) => roles.includes(r))

/** The steps this person may take on this work order now. */
export function allowedSteps(w: StepSubject, viewer: Viewer): Set<Step> {
  const steps = new Set<Step>()
  const accountable = !!w.accountableAgentId && w.accountableAgentId === viewer.id
  const supervises = any(viewer, SUPERVISES)
  const assignee = !!w.assigneeId && w.assigneeId === viewer.id
  const desk = any(viewer, DESK)

  if (desk && w.status === 'SUBMITTED') steps.add('accept')
  if (desk && (w.status === 'ACCEPTED' || BEING_WORKED.includes(w.status))) steps.add('dispatch')
  if (any(viewer, FIELD) && (supervises || assignee)) {
    if (w.status === 'IN_PROGRESS') steps.add('hold')
    if (w.status === 'ON_HOLD') steps.add('resume')
  }
  if (desk && WATCHED_OR_HELD.includes(w.status)) steps.add('urgency')
  if (any(viewer, CANCELLERS) && WATCHED_OR_HELD.includes(w.status)) steps.add('cancel')
  if (any(viewer, ANSWERERS) && accountable && w.status === 'ACCEPTED' && ANSWERED_BY_THE_AGENT.includes(w.kind)) {
    steps.add('answer')
  }
  if (any(viewer, REVISITORS) && w.status === 'CONFIRMED') steps.add('revisit')
  if (desk && w.status === 'REVISITED' && (accountable || supervises)) steps.add('close')
  if (any(viewer, COMMENTERS) && w.status !== 'ARCHIVED') steps.add('comment')
  if (any(viewer, PHOTOGRAPHERS) && w.status !== 'ARCHIVED') steps.add('photo')
  if (desk) steps.add('subtasks')
  if (any(viewer, REVISITORS) && (accountable || supervises) && !w.parentId
      && (w.status === 'ACCEPTED' || BEING_WORKED.includes(w.status))) {
    steps.add('subtask')
  }
  return steps
}

/** Why the close button is missing for someone at the desk: only the accountable agent or a supervisor closes. */
export function closeReservedToOthers(w: StepSubject, viewer: Viewer): boolean {
  return w.status === 'REVISITED' && any(viewer, DESK) && !allowedSteps(w, viewer).has('close')
}
