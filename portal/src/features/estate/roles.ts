import { STAFF_ROLES, type Role } from '../../auth/session'

/** Who reads the estate (facility-service's EstateReaders): every member of staff of the community. */
export const ESTATE_READERS: readonly Role[] = STAFF_ROLES
/** Who edits it and imports unit lists (EstateEditors). */
export const ESTATE_EDITORS: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
/** Who hands units over to their owners (HandoverStaff); they also find owners (security-service's accounts). */
export const HANDOVER_STAFF: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
