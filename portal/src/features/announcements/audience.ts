/**
 * Whom an announcement goes to, as the compose form holds it and as notification-service reads it
 * (POST /api/v1/announcements: scope ALL for every community — administrators only —, else the communities named,
 * narrowed to buildings or units). An empty building or unit choice would widen to the whole community, so the
 * form refuses it before sending.
 */
export type Target = 'community' | 'buildings' | 'units' | 'all'

export interface ComposeForm {
  title: string
  body: string
  target: Target
  buildingIds: string[]
  unitIds: string[]
  urgent: boolean
}

export interface Publication {
  scope: 'COMMUNITIES' | 'ALL'
  communityIds?: string[]
  buildingIds?: string[]
  unitIds?: string[]
  title: string
  body: string
  urgent: boolean
}

export function emptyForm(): ComposeForm {
  return { title: '', body: '', target: 'community', buildingIds: [], unitIds: [], urgent: false }
}

/** The request body, or the fields the form must fix first (message keys). */
export function publication(form: ComposeForm, communityId: string):
  { body: Publication; errors?: undefined } | { body?: undefined; errors: Record<string, string> } {
  if (form.target === 'buildings' && form.buildingIds.length === 0) return { errors: { buildingIds: 'announcements.pickBuildings' } }
  if (form.target === 'units' && form.unitIds.length === 0) return { errors: { unitIds: 'announcements.pickUnits' } }
  const base = { title: form.title.trim(), body: form.body.trim(), urgent: form.urgent }
  if (form.target === 'all') return { body: { scope: 'ALL', ...base } }
  return {
    body: {
      scope: 'COMMUNITIES',
      communityIds: [communityId],
      ...(form.target === 'buildings' ? { buildingIds: form.buildingIds } : {}),
      ...(form.target === 'units' ? { unitIds: form.unitIds } : {}),
      ...base,
    },
  }
}

export interface AnnouncementView {
  id: string
  scope: 'COMMUNITIES' | 'ALL'
  communityIds: string[]
  buildingIds: string[]
  unitIds: string[]
  title: string
  body: string
  urgent: boolean
  state: 'PUBLISHING' | 'PUBLISHED'
  publishedBy: string
  publishedAt: string
  completedAt?: string | null
  reached: number
  read: number
}

/** "1号楼、2号楼" or "1-1-101、1-1-102 等 5 户": whom it went to, in words; `more` formats the rest. */
export function audienceText(a: Pick<AnnouncementView, 'scope' | 'buildingIds' | 'unitIds'>,
                             names: { buildings: Record<string, string>; units: Record<string, string> },
                             t: (key: string, values?: Record<string, unknown>) => string, shown = 3): string {
  if (a.scope === 'ALL') return t('announcements.audience.all')
  const list = (ids: string[], table: Record<string, string>) => {
    const named = ids.slice(0, shown).map((id) => table[id] ?? id).join('、')
    return ids.length > shown ? t('announcements.audience.more', { list: named, n: ids.length }) : named
  }
  const parts: string[] = []
  if (a.buildingIds.length > 0) parts.push(list(a.buildingIds, names.buildings))
  if (a.unitIds.length > 0) parts.push(list(a.unitIds, names.units))
  return parts.length > 0 ? parts.join('；') : t('announcements.audience.community')
}

/** Read share as a whole percent of those reached, "—" before anyone was reached. */
export function readShare(a: Pick<AnnouncementView, 'reached' | 'read'>): string {
  return a.reached > 0 ? `${Math.round((a.read / a.reached) * 100)}%` : '—'
}
