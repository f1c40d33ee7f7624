import type { Role } from '../../auth/session'

/**
 * Who reads SLA work and policy: GET /api/v1/tickets (@StaffAccess) and GET /api/v1/sla-policies/{id} allow
 * customer service, supervisors, property managers and administrators.
 */
export const SLA_READERS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN', 'CUSTOMER_SERVICE']
/** PUT /api/v1/sla-policies/{id}: property managers and administrators only (supervisors read). */
export const SLA_EDITORS: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
