import { describe, expect, it } from 'vitest'
import { allowed, visibleMenu, type MenuEntry } from './feature'

const entries: MenuEntry[] = [
  { path: '/kpi', label: 'kpi', roles: ['SUPERVISOR', 'PROPERTY_MANAGER'], order: 50 },
  { path: '/desk', label: 'desk', roles: ['CUSTOMER_SERVICE', 'SUPERVISOR'], order: 10 },
  { path: '/inbox', label: 'inbox', roles: [], order: 90 },
  { path: '/tech', label: 'tech', roles: ['TECHNICIAN'], order: 30 },
]

describe('role menus', () => {
  it('shows a technician only their view and what every staff member sees', () => {
    expect(visibleMenu(entries, ['TECHNICIAN']).map((e) => e.path)).toEqual(['/tech', '/inbox'])
  })

  it('lists entries in their order for someone with several roles', () => {
    expect(visibleMenu(entries, ['SUPERVISOR', 'TECHNICIAN']).map((e) => e.path)).toEqual(['/desk', '/tech', '/kpi', '/inbox'])
  })

  it('gives an owner nothing role-bound', () => {
    expect(visibleMenu(entries, ['OWNER']).map((e) => e.path)).toEqual(['/inbox'])
  })

  it('opens a route only to its roles', () => {
    expect(allowed(['SUPERVISOR'], ['CUSTOMER_SERVICE'])).toBe(false)
    expect(allowed(['SUPERVISOR', 'CUSTOMER_SERVICE'], ['CUSTOMER_SERVICE'])).toBe(true)
    expect(allowed(undefined, ['FINANCE'])).toBe(true)
  })
})
