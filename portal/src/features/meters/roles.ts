import type { Role } from '../../auth/session'

/** Who may do what with meters, as facility-service allows it (the server decides each call again). */
export const METER_STAFF: readonly Role[] = ['CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'FINANCE', 'PROPERTY_MANAGER', 'ADMIN']
/** Keep the register (表计台账) and the reporting window, import readings. */
export const METER_EDITORS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Read meters on rounds (抄表) and add the photo a held reading needs. */
export const METER_READERS: readonly Role[] = ['TECHNICIAN', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Close a month of readings for billing. */
export const PERIOD_CLOSERS: readonly Role[] = ['PROPERTY_MANAGER', 'FINANCE', 'ADMIN']
/** See the device gateways and their devices. */
export const GATEWAY_READERS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']
/** Register gateways and map their devices. */
export const GATEWAY_EDITORS: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
