import { computed, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { useLoad } from '../../api/load'
import { useCommunities } from '../../estate/community'
import { useSession } from '../../auth/session'
import { ESTATE_EDITORS } from './roles'
import { readCommunity, versionTag, type CommunityView } from './api'
import { isStale } from './units'

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
  const session = useSession()
  /** Whether the person may edit the estate (the service decides every change all the same). */
  const editor = computed(() => session.hasAnyRole(ESTATE_EDITORS))
  watch(() => communities.current?.id, (id, old) => {
    if (old !== undefined && id !== old) void load.reload()
  })

  /** Reads it again after a change (quietly), and the frame's community list too, which names the buildings. */
  async function refresh() {
    await load.quiet()
    void communities.load().catch(() => undefined)
  }

  const { t } = useI18n()

  /**
   * Makes a change to what lives in the community (a building, a common area, a parking area) on the version read,
   * then reads it again. When someone else changed the community first (412) it says so, reads it again and
   * answers null: the dialog stays open for another try on the new version.
   */
  async function change<T>(send: (community: CommunityView, ifMatch: string) => Promise<T>): Promise<T | null> {
    const c = community.value
    if (!c) return null
    try {
      const answer = await send(c, versionTag(c.version))
      await refresh()
      return answer
    } catch (e) {
      if (!isStale(e)) throw e
      ElMessage.warning(t('estate.staleReloaded'))
      await refresh()
      return null
    }
  }

  return { ...load, community, editor, refresh, change, communities }
}
