import type {
  Evidence, EvidenceKind, Finding, FindingFilterStatus, FindingSource, LocationKind, ManualFinding, Origin, Severity,
} from './types'
import { FINDING_FILTER_STATUSES, FINDING_SOURCES } from './types'

/**
 * The findings page's rules: the filters as the address carries them, which findings still wait for ticket-service
 * to say their work order (the page looks again meanwhile), where a finding stands among its work order's
 * occurrences, and the hand-reported finding's form ⇄ body.
 */
export interface Filters {
  source: FindingSource | ''
  status: FindingFilterStatus | ''
  equipmentId: string
  page: number
  size: number
}

export const PAGE_SIZES = [20, 50, 100] as const

const one = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v
  return typeof first === 'string' ? first : undefined
}

/** The filters from the address (`?source=METER&status=open&equipmentId=…&page=2`), anything unknown left out. */
export function filtersOf(query: Record<string, unknown>): Filters {
  const source = one(query.source) ?? ''
  const status = one(query.status) ?? ''
  const size = Number(one(query.size))
  return {
    source: (FINDING_SOURCES as readonly string[]).includes(source) ? (source as FindingSource) : '',
    status: (FINDING_FILTER_STATUSES as readonly string[]).includes(status) ? (status as FindingFilterStatus) : '',
    equipmentId: (one(query.equipmentId) ?? '').trim().substring(0, 64),
    page: Math.max(1, Math.floor(Number(one(query.page))) || 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  }
}

/** The address for these filters: defaults left out, so a plain list has a plain address. */
export function queryOf(f: Filters): Record<string, string | undefined> {
  return {
    source: f.source || undefined,
    status: f.status || undefined,
    equipmentId: f.equipmentId || undefined,
    page: f.page > 1 ? String(f.page) : undefined,
    size: f.size !== 20 ? String(f.size) : undefined,
  }
}

/** How long after a finding is found the page keeps looking for the work order ticket-service opens for it. */
export const LINK_WAIT_MS = 3 * 60_000

/** Whether some finding shown was found a moment ago and is in no work order yet (ticket-service is at it). */
export function awaitingLink(items: readonly Pick<Finding, 'status' | 'foundAt'>[], now: number, waitMs = LINK_WAIT_MS): boolean {
  return items.some((f) => f.status === 'OPEN' && now - Date.parse(f.foundAt) < waitMs && now - Date.parse(f.foundAt) > -waitMs)
}

/** The work orders of the findings shown, each once, for reading their origins. */
export function workOrderIds(items: readonly Pick<Finding, 'workOrderId'>[]): string[] {
  return [...new Set(items.map((f) => f.workOrderId).filter((id): id is string => !!id))]
}

/**
 * The work orders to read (again): those not read yet, and those read before a finding shown joined them (their
 * origin does not list it yet, so its occurrence would be unknown). A work order that could not be read (null) is
 * not read again.
 */
export function workOrdersToRead(items: readonly Pick<Finding, 'id' | 'workOrderId'>[],
  known: Record<string, { origin?: Origin | null } | null>): string[] {
  return workOrderIds(items).filter((id) => {
    if (!(id in known)) return true
    const read = known[id]
    return !!read?.origin && items.some((f) => f.workOrderId === id && !read.origin!.sources.some((s) => s.id === f.id))
  })
}

/**
 * Where a finding stands in its work order: the n-th occurrence of the problem out of how many the work order holds,
 * and the earlier work order it repeats (重复故障) if any. n is null when the origin does not list the finding.
 */
export interface Occurrence {
  n: number | null
  of: number
  repeatOf: string | null
}

export function occurrenceOf(findingId: string, origin: Origin | null | undefined): Occurrence | null {
  if (!origin) return null
  const index = origin.sources.findIndex((s) => s.id === findingId)
  return { n: index < 0 ? null : index + 1, of: Math.max(origin.occurrences, origin.sources.length), repeatOf: origin.repeatOfWorkOrderId ?? null }
}

export function severityTag(severity: Severity): 'info' | 'warning' | 'danger' | 'primary' {
  switch (severity) {
    case 'CRITICAL': return 'danger'
    case 'HIGH': return 'danger'
    case 'MEDIUM': return 'warning'
    default: return 'info'
  }
}

export function statusTag(status: Finding['status']): 'warning' | 'success' | 'info' {
  return status === 'OPEN' ? 'warning' : status === 'LINKED' ? 'success' : 'info'
}

/** Fault types staff commonly report by hand (a stable code: findings of one place or equipment and code share a work order). */
export const FAULT_TYPES = [
  'leak', 'noise', 'damage', 'not-working', 'blocked', 'light-out', 'dirty', 'safety-hazard', 'odor', 'other',
] as const

export const FAULT_TYPE_PATTERN = /^[a-z0-9][a-z0-9.-]{1,59}$/
export const CATEGORY_PATTERN = /^[a-z0-9-]{2,40}$/

export interface EvidenceRow {
  kind: EvidenceKind
  label: string
  value: string
}

export interface FindingForm {
  locationKind: LocationKind
  locationId: string
  locationName: string
  equipmentId: string
  faultType: string
  category: string
  severity: Severity
  title: string
  detail: string
  evidence: EvidenceRow[]
}

export function emptyFindingForm(): FindingForm {
  return {
    locationKind: 'COMMON_AREA', locationId: '', locationName: '', equipmentId: '', faultType: '', category: '',
    severity: 'MEDIUM', title: '', detail: '', evidence: [],
  }
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim())

/** The body the API takes: trimmed, blanks as null, evidence rows without a value left out; the community's own place for COMMUNITY. */
export function findingBodyOf(communityId: string, form: FindingForm): ManualFinding {
  const evidence: Evidence[] = form.evidence
    .filter((e) => e.value.trim() !== '')
    .map((e) => ({ kind: e.kind, label: text(e.label), value: e.value.trim() }))
  return {
    communityId,
    location: { kind: form.locationKind, id: form.locationKind === 'COMMUNITY' ? communityId : form.locationId.trim() },
    locationName: text(form.locationName),
    equipmentId: text(form.equipmentId),
    faultType: form.faultType.trim().toLowerCase(),
    category: form.category.trim().toLowerCase(),
    severity: form.severity,
    title: form.title.trim(),
    detail: text(form.detail),
    evidence,
  }
}

/** The problem codes the findings pages explain in words (others show the server's sentence). */
export const KNOWN_PROBLEMS = ['validation-failed', 'forbidden'] as const
