import type {
  Certificate, Equipment, EquipmentBody, EquipmentState, EquipmentType, Importance, LocationKind, ScrapRequest,
} from './types'

/**
 * The ledger's rules as the pages need them: which states a piece may be moved to by hand (the server's
 * EquipmentState.next(), SCRAPPED only through an approved scrap request), the form ⇄ body mapping, who may decide a
 * scrap request (four eyes), and how near a certificate's expiry is.
 */
const NEXT: Record<EquipmentState, EquipmentState[]> = {
  OPERATIONAL: ['STANDBY', 'DOWN', 'UNDER_MAINTENANCE', 'IDLE'],
  STANDBY: ['OPERATIONAL', 'DOWN', 'UNDER_MAINTENANCE', 'IDLE'],
  DOWN: ['OPERATIONAL', 'STANDBY', 'UNDER_MAINTENANCE'],
  UNDER_MAINTENANCE: ['OPERATIONAL', 'STANDBY', 'DOWN', 'IDLE'],
  IDLE: ['OPERATIONAL', 'STANDBY', 'DOWN', 'UNDER_MAINTENANCE'],
  SCRAPPED: [],
}

/** The states one may set by hand from this one; IDLE is refused while a downtime is open (repair first). */
export function nextStates(state: EquipmentState, downtimeOpen = false): EquipmentState[] {
  return NEXT[state].filter((s) => !(s === 'IDLE' && downtimeOpen))
}

/** The ETag of a version as the API gives it (a quoted number), to send as If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`
}

/** What the register/edit form holds: strings for the text fields, null for dates and numbers not given. */
export interface EquipmentForm {
  code: string
  type: EquipmentType | ''
  name: string
  brand: string
  model: string
  serial: string
  locationKind: LocationKind
  locationId: string
  locationName: string
  importance: Importance
  purchasePrice: number | null
  inServiceDate: string | null
  warrantyEnd: string | null
  usefulLifeYears: number | null
  responsibleStaffId: string
  parentId: string
}

/** A new piece's form: in the community as a whole until a place is picked, importance B. */
export function emptyForm(communityId: string): EquipmentForm {
  return {
    code: '', type: '', name: '', brand: '', model: '', serial: '', locationKind: 'COMMUNITY', locationId: communityId,
    locationName: '', importance: 'B', purchasePrice: null, inServiceDate: null, warrantyEnd: null, usefulLifeYears: null,
    responsibleStaffId: '', parentId: '',
  }
}

export function formOf(e: Equipment): EquipmentForm {
  return {
    code: e.code, type: e.type, name: e.name, brand: e.brand ?? '', model: e.model ?? '', serial: e.serial ?? '',
    locationKind: e.location.kind, locationId: e.location.id, locationName: e.locationName ?? '',
    importance: e.importance, purchasePrice: e.purchasePrice ?? null, inServiceDate: e.inServiceDate ?? null,
    warrantyEnd: e.warrantyEnd ?? null, usefulLifeYears: e.usefulLifeYears ?? null,
    responsibleStaffId: e.responsibleStaffId ?? '', parentId: e.parentId ?? '',
  }
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim())

/** The body the API takes: trimmed, blanks as null (an edit replaces every fact, so nothing is left out). */
export function bodyOf(form: EquipmentForm): EquipmentBody {
  return {
    code: form.code.trim().toUpperCase(),
    type: form.type as EquipmentType,
    name: form.name.trim(),
    brand: text(form.brand),
    model: text(form.model),
    serial: text(form.serial),
    location: { kind: form.locationKind, id: form.locationId.trim() },
    locationName: text(form.locationName),
    importance: form.importance,
    purchasePrice: form.purchasePrice ?? null,
    inServiceDate: form.inServiceDate || null,
    warrantyEnd: form.warrantyEnd || null,
    usefulLifeYears: form.usefulLifeYears ?? null,
    responsibleStaffId: text(form.responsibleStaffId),
    parentId: text(form.parentId),
  }
}

/**
 * What a person may do with a waiting scrap request: decide it (a property manager who did not ask), not as the one
 * who asked (four eyes), or nothing (not a property manager). The server decides the same again.
 */
export type ScrapDecision = 'decide' | 'own-request' | 'not-manager'

export function scrapDecision(request: ScrapRequest, viewer: { id: string; roles: readonly string[] }): ScrapDecision {
  if (!viewer.roles.includes('PROPERTY_MANAGER')) return 'not-manager'
  return request.requestedBy === viewer.id ? 'own-request' : 'decide'
}

/** Today's date (YYYY-MM-DD) in the estates' calendar, China Standard Time. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}

/** Whole days from one date (YYYY-MM-DD) to another: 0 on the day, negative after it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * How a certificate's expiry reads: expired (past its last valid day), urgent (7 days or fewer left), soon (30 or
 * fewer, when the first reminder goes), ok, or superseded by a newer one of its kind.
 */
export type ExpiryTone = 'expired' | 'urgent' | 'soon' | 'ok' | 'superseded'

export function expiryTone(certificate: Pick<Certificate, 'expiresOn' | 'status'>, on: string): ExpiryTone {
  if (certificate.status === 'SUPERSEDED') return 'superseded'
  const left = daysBetween(on, certificate.expiresOn)
  if (left < 0) return 'expired'
  if (left <= 7) return 'urgent'
  if (left <= 30) return 'soon'
  return 'ok'
}

/** Element Plus's tag type for a tone. */
export function toneTag(tone: ExpiryTone): 'danger' | 'warning' | 'success' | 'info' {
  return tone === 'expired' || tone === 'urgent' ? 'danger' : tone === 'soon' ? 'warning' : tone === 'ok' ? 'success' : 'info'
}

export function stateTag(state: EquipmentState): 'success' | 'info' | 'danger' | 'warning' {
  switch (state) {
    case 'OPERATIONAL': return 'success'
    case 'DOWN': return 'danger'
    case 'UNDER_MAINTENANCE': return 'warning'
    default: return 'info'
  }
}

/**
 * The i18n key of a server field message people should read in their language (the server writes Bean Validation's
 * messages in English or, for a Chinese browser, in Chinese), or null to show it as it is.
 */
export function fieldMessageKey(message: string): string | null {
  if (/^must not be (blank|null|empty)$/.test(message) || /^不能为(空|null)$/.test(message)) return 'equipment.err.required'
  if (/^must match /.test(message) || /^需要匹配正则表达式/.test(message)) return 'equipment.err.format'
  if (/^size must be between /.test(message) || /^个数必须在/.test(message)) return 'equipment.err.length'
  if (/^must be (greater|less) than/.test(message) || /^numeric value out of bounds/.test(message)
    || /^(必须|最[大小]不能)/.test(message) || /^数字的值超出了允许范围/.test(message)) return 'equipment.err.range'
  return null
}

/** Of the messages one field got (a blank code breaks both "required" and its pattern), the one to show: required first. */
export function firstFieldMessage(messages: string[]): string | undefined {
  return messages.find((m) => fieldMessageKey(m) === 'equipment.err.required') ?? messages[0]
}

/** The problem codes the ledger's pages explain in words (the rest show the server's sentence). */
export const KNOWN_PROBLEMS = [
  'code-taken', 'unknown-parent', 'parent-cycle', 'warranty-before-service', 'illegal-transition', 'already-in-state',
  'repair-first', 'scrapped', 'scrap-needs-approval', 'scrap-request-pending', 'scrap-request-decided', 'four-eyes',
  'expires-before-issued', 'document-limit-reached', 'stale-version', 'invalid-period',
] as const

export function problemKey(code: string | undefined): string | null {
  return code && (KNOWN_PROBLEMS as readonly string[]).includes(code) ? `equipment.problem.${code}` : null
}

/** The ids of a label print selection as the address carries them (`?ids=a,b`), without blanks or repeats. */
export function idsOf(query: unknown): string[] {
  const raw = Array.isArray(query) ? query.join(',') : typeof query === 'string' ? query : ''
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))]
}

/**
 * The reasons the server writes by itself (a certificate's expiry holds a piece out of service, a newer certificate
 * lifts the hold), as message keys with their values so that they read in the person's language; null for reasons
 * people wrote.
 */
export function systemReason(reason: string | null | undefined): { key: string; values: Record<string, string> } | null {
  if (!reason) return null
  const expired = /^([A-Z_]+) certificate (.+) expired on (\d{4}-\d{2}-\d{2})$/.exec(reason)
  if (expired) return { key: 'equipment.detail.certificateExpired', values: { kind: expired[1], number: expired[2], date: expired[3] } }
  const recorded = /^certificate (.+) recorded$/.exec(reason)
  if (recorded) return { key: 'equipment.detail.certificateRecorded', values: { number: recorded[1] } }
  const closed = /^work order (.+) closed$/.exec(reason)
  if (closed) return { key: 'equipment.detail.workOrderClosed', values: { number: closed[1] } }
  if (reason === 'work order resolved') return { key: 'equipment.detail.workOrderResolved', values: {} }
  return null
}
