import { useI18n } from 'vue-i18n'
import { useSession } from '../../auth/session'
import { useCommunities } from '../../estate/community'
import { payerOf } from './billrun'
import { parsePeriod } from './period'

/**
 * Names for the ids billing answers with: buildings and units from the community (useCommunities; units once
 * loadUnits has read them), payers ("UNIT:…" as "1号楼 1-1-101"), people (finance may not list accounts: the
 * signed-in person reads as themself, others by a short id).
 */
export function useNames() {
  const { t } = useI18n()
  const communities = useCommunities()
  const session = useSession()

  const short = (id: string) => (id.length > 12 ? `${id.substring(0, 8)}…` : id)

  function building(id: string | null | undefined): string {
    if (!id || id === 'OTHER' || id === '-') return t('fees.common.notAUnit')
    for (const c of communities.list) {
      const found = c.buildings.find((b) => b.id === id)
      if (found) return found.name
    }
    return short(id)
  }

  function unit(id: string | null | undefined, number?: string | null, buildingId?: string | null): string {
    if (!id) return '—'
    const found = communities.unit(id)
    if (found) return `${found.building?.name ?? ''} ${found.unit.number}`.trim()
    if (number) return buildingId ? `${building(buildingId)} ${number}` : number
    return short(id)
  }

  function person(id: string | null | undefined): string {
    if (!id) return '—'
    if (id === session.userId) return session.displayName || t('fees.common.me')
    return short(id)
  }

  function payer(key: string, number?: string | null, buildingId?: string | null): string {
    const { kind, id } = payerOf(key)
    if (kind === 'UNIT') return unit(id, number, buildingId)
    if (kind === 'PERSON') return `${t('fees.target.PERSON')} ${person(id)}`
    return short(key)
  }

  /** A period as people say it: 2026年12月, 2026年第4季度, 2026年. */
  function period(text: string | null | undefined): string {
    const p = parsePeriod(text)
    if (!p) return text ?? '—'
    return t(`fees.period.text.${p.kind}`, { year: p.year, month: p.month ?? '', quarter: p.quarter ?? '' })
  }

  return { building, unit, person, payer, period, short }
}
