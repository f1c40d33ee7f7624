import { STAFF_ROLES, type Role } from '../../auth/session'

/** Every staff member of the community reads the ledger, its certificates and its health. */
export const EQUIPMENT_READERS: readonly Role[] = STAFF_ROLES
/** Who keeps the ledger: registers, edits, changes states, asks for scrapping, records certificates. */
export const EQUIPMENT_EDITORS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Who decides a scrap request (another property manager than the one who asked; the server checks it). */
export const SCRAP_DECIDERS: readonly Role[] = ['PROPERTY_MANAGER']
