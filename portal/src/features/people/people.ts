import type { Role } from '../../auth/session'
import type { Account } from './lookups'

/**
 * Who may do what to whom on the People page, as security-service decides it (AccountAdminController and
 * AccountAdministration): the page hides what the server would refuse, the server still decides.
 */
export const STAFF_GRANTABLE: readonly Role[] = [
  'CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'SECURITY_GUARD', 'CLEANER', 'GARDENER', 'FINANCE',
]
const ADMIN_GRANTED: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']
/** Roles that come on and off duty (PUT /api/v1/me/account/duty). */
const DUTY_ROLES: readonly Role[] = ['CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'SECURITY_GUARD', 'CLEANER', 'GARDENER']
const RESIDENT_ROLES: readonly Role[] = ['OWNER', 'RESIDENT']

const has = (roles: readonly Role[], any: readonly Role[]) => roles.some((r) => any.includes(r))

/** The roles the caller may grant: a property manager cannot make anyone a manager or an administrator. */
export function grantableRoles(caller: readonly Role[]): Role[] {
  return caller.includes('ADMIN') ? [...STAFF_GRANTABLE, ...ADMIN_GRANTED] : [...STAFF_GRANTABLE]
}

export interface Abilities {
  open: boolean
  roles: boolean
  skills: boolean
  duty: boolean
  deactivate: boolean
}

/** What the caller may do to this account (nothing to an administrator or manager unless an administrator). */
export function abilities(caller: readonly Role[], callerId: string, account: Account): Abilities {
  const admin = caller.includes('ADMIN')
  const reachable = admin || !has(account.roles, ADMIN_GRANTED)
  const manager = admin || caller.includes('PROPERTY_MANAGER')
  const lead = manager || caller.includes('SUPERVISOR')
  const staff = isStaff(account)
  const self = account.id === callerId
  return {
    open: manager,
    roles: manager && reachable && staff && account.enabled && !self,
    skills: lead && reachable && account.roles.includes('TECHNICIAN') && account.enabled,
    duty: lead && reachable && has(account.roles, DUTY_ROLES) && account.enabled,
    deactivate: manager && reachable && account.enabled && !self,
  }
}

export function isStaff(account: Pick<Account, 'roles'>): boolean {
  return account.roles.some((r) => !RESIDENT_ROLES.includes(r))
}

export function takesDuty(account: Pick<Account, 'roles'>): boolean {
  return has(account.roles, DUTY_ROLES)
}

/** Staff first, then residents; each by name in the language's order. */
export function ordered(accounts: Account[]): Account[] {
  return accounts.slice().sort((a, b) => Number(isStaff(b)) - Number(isStaff(a)) || a.name.localeCompare(b.name, 'zh-CN'))
}
