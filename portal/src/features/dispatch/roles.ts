import type { Role } from '../../auth/session'

/**
 * Who may dispatch: ticket-service's @StaffAccess on POST /tickets/{id}/dispatch (and on GET /roster): customer
 * service, supervisors, property managers and administrators.
 */
export const DISPATCHERS: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** POST /tickets/{id}/subtasks; of these, only the lead's accountable agent or a supervisor (the server checks which). */
export const SUB_TASK_OPENERS: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER']
