import { api, get } from '../../api/http'
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

/** How security-service finds people (GET /api/v1/accounts): a phone by its first digits, or a name or username. */
export const MIN_PHONE_DIGITS = 4
export const MAX_TEXT = 64
const MAX_PHONE_DIGITS = 15

export interface AccountQuery {
  /** the digits the phone begins with, at least 4 */
  phone?: string
  /** contained in the name or the username, ignoring case */
  q?: string
}

/**
 * What to ask for what was typed: digits (spaced or hyphenated as people write them, "+86" dropped) are the
 * beginning of a phone number, anything else a name or username. Null while there is nothing to search by: nothing
 * typed, or fewer than 4 digits.
 */
export function accountQuery(typed: string): AccountQuery | null {
  const text = typed.trim()
  if (!text) return null
  if (/^\+?[\d\s-]+$/.test(text)) {
    let digits = text.replace(/\D/g, '')
    if (text.startsWith('+86') || (digits.length === 13 && digits.startsWith('86'))) digits = digits.substring(2)
    return digits.length >= MIN_PHONE_DIGITS ? { phone: digits.substring(0, MAX_PHONE_DIGITS) } : null
  }
  return { q: text.substring(0, MAX_TEXT) }
}

export interface FoundAccounts {
  accounts: Account[]
  /** how many match in all (X-Total-Count), of which `accounts` is one page */
  total: number
}

/** One page of a community's people that match, by username, with how many match in all. */
export async function findAccounts(communityId: string, query: AccountQuery | null,
  options: { roles?: Role[]; limit?: number; page?: number; signal?: AbortSignal } = {}): Promise<FoundAccounts> {
  const answer = await api<Account[]>('/api/v1/accounts', {
    query: { communityId, ...query, role: options.roles, limit: options.limit, page: options.page || undefined },
    signal: options.signal,
  })
  const accounts = answer.data ?? []
  const total = Number(answer.headers?.get('X-Total-Count'))
  return { accounts, total: Number.isFinite(total) && answer.headers?.has('X-Total-Count') ? total : accounts.length }
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
