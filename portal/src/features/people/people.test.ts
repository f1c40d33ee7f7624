import { describe, expect, it } from 'vitest'
import { abilities, grantableRoles, ordered } from './people'
import type { Account } from './lookups'

function account(over: Partial<Account>): Account {
  return { id: 'a', username: 'u', name: '某人', phone: null, email: null, roles: [], communityIds: ['c1'], unitIds: [], skills: [],
    onDuty: false, enabled: true, ...over }
}

const technician = account({ id: 't', username: 'zhouqiang', name: '周强', phone: '13900139003', roles: ['TECHNICIAN'], skills: ['plumbing'] })
const manager = account({ id: 'm', username: 'huangjianguo', name: '黄建国', roles: ['PROPERTY_MANAGER'] })
const owner = account({ id: 'o', username: '13800138001', name: '张伟', phone: '13800138001', roles: ['OWNER'] })

describe('who may do what on the People page', () => {
  it('lets a property manager grant staff roles but not manager or administrator', () => {
    expect(grantableRoles(['PROPERTY_MANAGER'])).not.toContain('ADMIN')
    expect(grantableRoles(['PROPERTY_MANAGER'])).not.toContain('PROPERTY_MANAGER')
    expect(grantableRoles(['ADMIN'])).toEqual(expect.arrayContaining(['ADMIN', 'PROPERTY_MANAGER', 'TECHNICIAN']))
  })

  it('gives an administrator everything on a technician, a supervisor skills and duty only, an agent nothing', () => {
    expect(abilities(['ADMIN'], 'x', technician)).toEqual({ open: true, roles: true, skills: true, duty: true, deactivate: true })
    expect(abilities(['SUPERVISOR'], 'x', technician)).toEqual({ open: false, roles: false, skills: true, duty: true, deactivate: false })
    expect(abilities(['CUSTOMER_SERVICE'], 'x', technician)).toEqual({ open: false, roles: false, skills: false, duty: false, deactivate: false })
  })

  it('keeps a property manager off other managers, and everyone off their own roles and deactivation', () => {
    expect(abilities(['PROPERTY_MANAGER'], 'x', manager)).toMatchObject({ roles: false, deactivate: false })
    expect(abilities(['ADMIN'], 'x', manager)).toMatchObject({ roles: true, deactivate: true })
    expect(abilities(['ADMIN'], 'm', manager)).toMatchObject({ roles: false, deactivate: false })
  })

  it('grants residents no roles (they come from unit bindings) and no duty, but may deactivate them', () => {
    expect(abilities(['PROPERTY_MANAGER'], 'x', owner)).toMatchObject({ roles: false, skills: false, duty: false, deactivate: true })
  })

  it('does nothing more to a deactivated account', () => {
    expect(abilities(['ADMIN'], 'x', { ...technician, enabled: false }))
      .toEqual({ open: true, roles: false, skills: false, duty: false, deactivate: false })
  })

  it('lists staff before residents', () => {
    expect(ordered([owner, technician, manager]).map((a) => a.id)).toEqual(['m', 't', 'o'])
  })
})
