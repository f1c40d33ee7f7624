import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { get } from '../api/http'

/**
 * The communities the signed-in person works in (from facility-service) and the one they are working on now:
 * staff of several estates switch here, and pages read `current` to scope their lists. Remembered per browser.
 */
export interface Unit {
  id: string
  number: string
  floor?: number
  areaSqm?: number
}

export interface Building {
  id: string
  name: string
  floors?: number
  units: Unit[]
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

  /** The unit with this id in any loaded community, for showing "1-1-101" instead of an id. */
  function unit(id: string | undefined): { community: Community; building: Building; unit: Unit } | null {
    if (!id) return null
    for (const community of list.value) {
      for (const building of community.buildings ?? []) {
        const found = building.units?.find((u) => u.id === id)
        if (found) return { community, building, unit: found }
      }
    }
    return null
  }

  return { list, current, currentId, loaded, load, select, unit }
})
