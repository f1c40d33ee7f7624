import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { get } from '../api/http'

/**
 * The communities the signed-in person works in (from facility-service) and the one they are working on now:
 * staff of several estates switch here, and pages read `current` to scope their lists. Remembered per browser.
 */
export interface Unit {
  id: string
  communityId: string
  buildingId: string
  number: string
  floor?: number
  areaSqm?: number
}

/** A building as facility-service lists it: its units by id (their numbers come with loadUnits). */
export interface Building {
  id: string
  name: string
  floors?: number
  unitIds: string[]
}

export interface Community {
  id: string
  name: string
  city?: string
  district?: string
  address?: string
  buildings: Building[]
}

const STORED = 'propertyops.portal.community'

export const useCommunities = defineStore('communities', () => {
  const list = ref<Community[]>([])
  const units = ref<Record<string, Unit>>({})
  const unitsLoaded = new Set<string>()
  const currentId = ref<string | null>(localStorage.getItem(STORED))
  const loaded = ref(false)

  const current = computed(() => list.value.find((c) => c.id === currentId.value) ?? list.value[0] ?? null)

  async function load() {
    list.value = await get<Community[]>('/api/v1/communities')
    loaded.value = true
  }

  function select(id: string) {
    currentId.value = id
    localStorage.setItem(STORED, id)
  }

  /** Reads a community's units once (staff of that community may; others get nothing, which is not an error here). */
  async function loadUnits(communityId: string): Promise<Unit[]> {
    if (!unitsLoaded.has(communityId)) {
      const read = await get<Unit[]>(`/api/v1/communities/${encodeURIComponent(communityId)}/units`)
      units.value = { ...units.value, ...Object.fromEntries(read.map((u) => [u.id, u])) }
      unitsLoaded.add(communityId)
    }
    return Object.values(units.value).filter((u) => u.communityId === communityId)
  }

  /** A loaded unit with its community and building, for showing "1-1-101" instead of an id. */
  function unit(id: string | undefined | null): { community: Community | null; building: Building | null; unit: Unit } | null {
    const found = id ? units.value[id] : undefined
    if (!found) return null
    const community = list.value.find((c) => c.id === found.communityId) ?? null
    return { community, building: community?.buildings.find((b) => b.id === found.buildingId) ?? null, unit: found }
  }

  return { list, current, currentId, loaded, load, select, units, loadUnits, unit }
})
