import type { Urgency, WorkOrderStatus } from '../../workorder/types'

/** Element Plus tag types for urgencies and statuses, the same on the queue and the work-order page. */
export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export function urgencyTag(urgency: Urgency): TagType {
  switch (urgency) {
    case 'EMERGENCY': return 'danger'
    case 'URGENT': return 'warning'
    case 'NORMAL': return 'primary'
    default: return 'info'
  }
}

export function statusTag(status: WorkOrderStatus): TagType {
  switch (status) {
    case 'SUBMITTED': return 'danger'
    case 'ACCEPTED': case 'DISPATCHED': case 'TAKEN': return 'warning'
    case 'IN_PROGRESS': return 'primary'
    case 'RESOLVED': case 'CONFIRMED': case 'REVISITED': case 'CLOSED': return 'success'
    default: return 'info'
  }
}

/** A random Idempotency-Key, also outside a secure context (where crypto.randomUUID is missing). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return `desk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
