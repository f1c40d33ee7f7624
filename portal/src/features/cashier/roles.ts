import type { Role } from '../../auth/session'
import type { ApprovalKind } from './types'

/** Who may do what with money, as billing-service allows it (the server decides each call again). */
/** Work the desk: take payments, close batches, ask for a batch's cancellation. */
export const CASHIERS: readonly Role[] = ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN']
/** Read a unit's ledger. */
export const LEDGER_READERS: readonly Role[] = ['FINANCE', 'CUSTOMER_SERVICE', 'PROPERTY_MANAGER', 'ADMIN']
/** Ask for a waiver or a vacancy discount. */
export const REDUCTION_ASKERS: readonly Role[] = ['FINANCE', 'CUSTOMER_SERVICE', 'PROPERTY_MANAGER', 'ADMIN']
/** Ask for a refund or a deposit returned. */
export const REFUND_ASKERS: readonly Role[] = ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN']
/** Read the approvals. */
export const APPROVAL_READERS: readonly Role[] = ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN']

/** Who decides each kind of approval (never its requester): money given up needs a property manager. */
export const DECIDERS: Record<ApprovalKind, readonly Role[]> = {
  WAIVER: ['PROPERTY_MANAGER', 'ADMIN'],
  VACANCY_DISCOUNT: ['PROPERTY_MANAGER', 'ADMIN'],
  REFUND: ['PROPERTY_MANAGER', 'ADMIN'],
  DEPOSIT_RETURN: ['PROPERTY_MANAGER', 'ADMIN'],
  BATCH_CANCELLATION: ['FINANCE', 'PROPERTY_MANAGER', 'ADMIN'],
  EXPENSE: ['PROPERTY_MANAGER', 'ADMIN'],
}

export function decides(kind: ApprovalKind, roles: readonly Role[]): boolean {
  return (DECIDERS[kind] ?? []).some((r) => roles.includes(r))
}
