import { useCommunities } from '../../estate/community'

/**
 * Units as staff say them ("1号楼 1-1-101"), once the community's units are read (useCommunities().loadUnits); an id
 * not (yet) known shows its start. The billing pages' payer keys "UNIT:<id>" read the same way.
 */
export function useUnitLabel() {
  const communities = useCommunities()
  return (unitId: string | null | undefined, fallback?: string | null): string => {
    if (!unitId) return fallback ?? '—'
    const found = communities.unit(unitId)
    if (!found) return fallback ?? (unitId.length > 12 ? `${unitId.substring(0, 8)}…` : unitId)
    return `${found.building?.name ?? ''} ${found.unit.number}`.trim()
  }
}
