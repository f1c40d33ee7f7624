import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { get } from '../../api/http'
import { useSession } from '../../auth/session'
import { useCommunities } from '../../estate/community'
import type { CategoryNode } from './timeline'

/**
 * What the desk looks up by id, read once per community and kept for the tab: units (facility-service, with their
 * numbers "1-1-101"), people (security-service accounts: names for the timeline and the owners of a unit) and the
 * category tree (ticket-service). Technicians may not list accounts: they see ids instead of names. Owners on the
 * phone are not looked for here but searched on the server as the agent types (intake.ts, ownerLookup).
 */
export interface UnitRecord {
  id: string
  communityId: string
  buildingId: string
  number: string
  floor?: number
}

export interface Person {
  id: string
  username: string
  name: string
  phone?: string | null
  roles: string[]
  communityIds: string[]
  unitIds: string[]
}

export const useDeskDirectory = defineStore('desk-directory', () => {
  const units = ref<Record<string, UnitRecord>>({})
  const people = ref<Record<string, Person>>({})
  const categories = ref<Record<string, CategoryNode[]>>({})
  const pending = new Map<string, Promise<unknown>>()

  function once<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (!pending.has(key)) {
      pending.set(key, read().catch((e) => {
        pending.delete(key)
        throw e
      }))
    }
    return pending.get(key) as Promise<T>
  }

  function loadUnits(communityId: string): Promise<unknown> {
    return once(`units:${communityId}`, async () => {
      const list = await get<UnitRecord[]>(`/api/v1/communities/${encodeURIComponent(communityId)}/units`)
      const next = { ...units.value }
      for (const u of list) next[u.id] = u
      units.value = next
    })
  }

  /** Everyone of the community the caller may list (at most 500); a refusal leaves the names unknown. */
  function loadPeople(communityId: string): Promise<unknown> {
    return once(`people:${communityId}`, async () => {
      try {
        const list = await get<Person[]>('/api/v1/accounts', { communityId, limit: 500 })
        const next = { ...people.value }
        for (const p of list) next[p.id] = p
        people.value = next
      } catch {
        /* technicians may not list people; the page shows ids */
      }
    })
  }

  function loadCategories(communityId: string): Promise<unknown> {
    return once(`categories:${communityId}`, async () => {
      const tree = await get<{ trades: CategoryNode[] }>(`/api/v1/categories/${encodeURIComponent(communityId)}`)
      categories.value = { ...categories.value, [communityId]: tree.trades ?? [] }
    })
  }

  /** Someone found by a search, so that their name shows wherever their id does. */
  function remember(person: Person): void {
    people.value = { ...people.value, [person.id]: person }
  }

  /** Owners and residents of the community among the people read, e.g. to offer the owners of a unit. */
  function residents(communityId: string): Person[] {
    return Object.values(people.value).filter((p) => p.communityIds?.includes(communityId)
      && p.roles?.some((r) => r === 'OWNER' || r === 'RESIDENT'))
  }

  return { units, people, categories, loadUnits, loadPeople, loadCategories, remember, residents }
})

/** Readable names for ids on the desk's pages: units as "1-1-101", people by name, the platform as "系统". */
export function useNames() {
  const { t } = useI18n()
  const directory = useDeskDirectory()
  const communities = useCommunities()
  const session = useSession()

  function unit(id: string | null | undefined): string {
    if (!id) return t('desk.commonArea')
    return directory.units[id]?.number ?? communities.unit(id)?.unit.number ?? id.substring(0, 8)
  }

  function person(id: string | null | undefined): string {
    if (!id) return '—'
    if (id === 'system') return t('desk.system')
    const known = directory.people[id]?.name
    if (known) return known
    if (id === session.userId) return session.displayName
    return id.length > 12 ? `${id.substring(0, 8)}…` : id
  }

  return { unit, person }
}
