import { accountQuery, findAccounts, type FoundAccounts } from '../people/lookups'
import type { Role } from '../../auth/session'
import type { Person } from './directory'

/**
 * Finding the caller among the community's owners and residents (security-service searches: the first digits of
 * their phone, or their name), and reading the server's field messages.
 */

/** How many people the lookup offers at once; the agent types more to narrow a longer list. */
export const LOOKUP_SIZE = 8
const RESIDENTS: Role[] = ['OWNER', 'RESIDENT']

export interface LookupResult {
  people: Person[]
  /** how many match in all */
  total: number
  /** whether the server was asked (not for nothing typed or too few digits) */
  searched: boolean
  failed: boolean
}

type Find = (communityId: string, query: ReturnType<typeof accountQuery>,
  options: { roles?: Role[]; limit?: number; signal?: AbortSignal }) => Promise<FoundAccounts>

/**
 * A lookup of owners and residents as the agent types: each search aborts the one before, and a search that a
 * newer one overtook answers null (its answer is no longer wanted). Nothing is asked for nothing typed or fewer
 * than 4 digits.
 */
export function ownerLookup(communityId: () => string | undefined, find: Find = findAccounts) {
  let latest = 0
  let running: AbortController | null = null
  return async function search(typed: string): Promise<LookupResult | null> {
    const mine = ++latest
    running?.abort()
    running = null
    const query = accountQuery(typed)
    const community = communityId()
    if (!query || !community) return { people: [], total: 0, searched: false, failed: false }
    const controller = new AbortController()
    running = controller
    try {
      const found = await find(community, query, { roles: RESIDENTS, limit: LOOKUP_SIZE, signal: controller.signal })
      return mine === latest ? { people: found.accounts, total: found.total, searched: true, failed: false } : null
    } catch (e) {
      if (mine !== latest || (e as Error)?.name === 'AbortError') return null
      return { people: [], total: 0, searched: true, failed: true }
    }
  }
}

/** The line under the lookup: too few digits, nobody found, more found than shown, or the search failed. */
export function lookupHint(state: { typed: string; shown: number; total: number; searched: boolean; failed: boolean },
  t: (key: string, values?: Record<string, unknown>) => string): string {
  if (state.failed) return t('desk.log.lookupFailed')
  if (!state.searched) return state.typed.trim() && !accountQuery(state.typed) ? t('desk.log.lookupMore') : ''
  if (state.total === 0) return t('desk.log.lookupNone')
  if (state.total > state.shown) return t('desk.log.lookupMany', { shown: state.shown, total: state.total })
  return ''
}

/**
 * The i18n key for a field message the platform writes in English (Bean Validation's and the intake rules'), or
 * as Bean Validation's Chinese bundle words a missing value ("不能为null"), so staff read it plainly; null when the message is not one of those (it is shown as it is).
 */
export function fieldMessageKey(message: string): string | null {
  if (/^must not be (blank|null|empty)$/.test(message) || / is required for /.test(message) || message === '不能为null') {
    return 'desk.err.required'
  }
  if (/^must match /.test(message)) return 'desk.err.format'
  if (/^size must be between /.test(message)) return 'desk.err.length'
  if (/^Unknown category /.test(message)) return 'desk.err.category'
  return null
}
