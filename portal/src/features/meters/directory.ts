import { shallowRef } from 'vue'
import { useCommunities } from '../../estate/community'
import { listMeters } from './api'
import type { Meter } from './types'

/**
 * What the meter pages look up by id: the community's meters (a reading shows its meter's serial and unit of
 * quantity) and its units ("3号楼 1-1-101"), read once per community and again after the register changed.
 */
const meters = shallowRef<Record<string, Meter[]>>({})
const pending = new Map<string, Promise<Meter[]>>()

export function loadMeters(communityId: string, again = false): Promise<Meter[]> {
  if (again || !pending.has(communityId)) {
    const read = listMeters(communityId).then((list) => {
      meters.value = { ...meters.value, [communityId]: list }
      return list
    })
    read.catch(() => pending.delete(communityId))
    pending.set(communityId, read)
  }
  return pending.get(communityId)!
}

export function metersOf(communityId: string): Meter[] {
  return meters.value[communityId] ?? []
}

export function meterOf(communityId: string, id: string | null | undefined): Meter | undefined {
  return id ? metersOf(communityId).find((m) => m.id === id) : undefined
}

/** The units' labels as staff say them, once the community's units are read (useCommunities().loadUnits). */
export function useUnitLabels() {
  const communities = useCommunities()
  return (unitId: string | null | undefined): string => {
    if (!unitId) return '—'
    const found = communities.unit(unitId)
    if (!found) return unitId.length > 12 ? `${unitId.substring(0, 8)}…` : unitId
    return `${found.building?.name ?? ''} ${found.unit.number}`.trim()
  }
}
