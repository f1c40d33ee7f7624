import type { Role } from '../../auth/session'

/** Who reads plans, routes and rounds and watches the live board (facility-service's PlanReaders / RoundReaders). */
export const BOARD_READERS: readonly Role[] = [
  'CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'SECURITY_GUARD', 'CLEANER', 'GARDENER', 'PROPERTY_MANAGER', 'ADMIN',
]
/** Who defines, pauses and resumes plans and defines routes (PlanEditors / RouteEditors). */
export const PLAN_EDITORS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Who walks rounds and checks points in (Inspectors): their page is 我的巡检. */
export const INSPECTORS: readonly Role[] = [
  'TECHNICIAN', 'SECURITY_GUARD', 'CLEANER', 'GARDENER', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN',
]
/** Whose navigation lists 我的巡检 (supervisors and managers open it by its address, and check in on the board). */
export const FIELD_STAFF: readonly Role[] = ['TECHNICIAN', 'SECURITY_GUARD', 'CLEANER', 'GARDENER']
/** Who records a maintenance task's results on its work order (facility-service's recordMaintenanceResults). */
export const RESULT_RECORDERS: readonly Role[] = ['TECHNICIAN', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
