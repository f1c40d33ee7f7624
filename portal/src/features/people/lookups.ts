import { get } from '../../api/http'
import type { Role } from '../../auth/session'

/**
 * What the admin pages look ids up in: a community's units (facility-service: the community list carries unit
 * ids only), its categories (ticket-service) and its people (security-service). Read once per community and
 * page visit; a failed read is not remembered, so the next page tries again.
 */
export interface UnitRow {
  id: string
  communityId: string
  buildingId: string
  number: string
  floor?: number
  areaSqm?: number
}

export interface Category {
  code: string
  name: string
  active: boolean
  children: Category[]
}

export interface Account {
  id: string
  username: string
  name: string
  phone?: string | null
  email?: string | null
  roles: Role[]
  communityIds: string[]
  unitIds: string[]
  skills: string[]
  onDuty: boolean
  enabled: boolean
}

const cache = new Map<string, Promise<unknown>>()

function once<T>(key: string, read: () => Promise<T>): Promise<T> {
  let found = cache.get(key) as Promise<T> | undefined
  if (!found) {
    found = read()
    cache.set(key, found)
    found.catch(() => cache.delete(key))
  }
  return found
}

/** Forgets what was read (after a change, e.g. a new account). */
export function forget(prefix = ''): void {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key)
}

export function loadUnits(communityId: string): Promise<UnitRow[]> {
  return once(`units:${communityId}`, () => get<UnitRow[]>(`/api/v1/communities/${encodeURIComponent(communityId)}/units`))
}

export function loadCategories(communityId: string): Promise<Category[]> {
  return once(`categories:${communityId}`, () =>
    get<{ trades: Category[] }>(`/api/v1/categories/${encodeURIComponent(communityId)}`).then((c) => c.trades ?? []))
}

export function loadPeople(communityId: string): Promise<Account[]> {
  return once(`people:${communityId}`, () => get<Account[]>('/api/v1/accounts', { communityId, limit: 500 }))
}

/** Every category code in the tree with its name ("plumbing-leak" → "漏水"). */
export function categoryNames(trades: Category[]): Record<string, string> {
  const names: Record<string, string> = {}
  const walk = (list: Category[], parent?: string) => {
    for (const c of list) {
      names[c.code] = parent ? `${parent} / ${c.name}` : c.name
      walk(c.children ?? [], c.name)
    }
  }
  walk(trades)
  return names
}

/** A lookup failure leaves ids shown as they are instead of failing the page. */
export async function orEmpty<T>(read: Promise<T>, empty: T): Promise<T> {
  try {
    return await read
  } catch {
    return empty
  }
}
