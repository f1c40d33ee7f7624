import { computed, watch } from 'vue'
import { useLoad } from '../../api/load'
import { useCommunities } from '../../estate/community'
import { readCommunity, type CommunityView } from './api'

/**
 * The community being worked on, read whole from facility-service (buildings, common areas, parking areas and the
 * version they are edited on). Null — the empty state — when the person works in no community.
 */
export function useEstate() {
  const communities = useCommunities()
  const load = useLoad<CommunityView | null>(async () => {
    if (!communities.loaded) await communities.load()
    const current = communities.current
    if (!current) return null
    return (await readCommunity(current.id)).data
  }, (data) => !data)
  const community = computed(() => load.data.value ?? null)
  watch(() => communities.current?.id, (id, old) => {
    if (old !== undefined && id !== old) void load.reload()
  })

  /** Reads it again after a change (quietly), and the frame's community list too, which names the buildings. */
  async function refresh() {
    await load.quiet()
    void communities.load().catch(() => undefined)
  }

  return { ...load, community, refresh, communities }
}
