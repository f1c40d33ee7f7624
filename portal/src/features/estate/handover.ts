import type { HandoverView, ItemResult, MeterKind, Missing } from './api'

/**
 * The move-in (入住) checklist as the page edits it: readings as typed text, blank rows left out when saved. The
 * service decides what is complete (its `missing` list); the page only keeps a malformed reading from being sent.
 */
export interface HandoverForm {
  ownerId: string | null
  items: { name: string; result: ItemResult | null; note: string }[]
  keys: { kind: string; count: number }[]
  readings: { kind: MeterKind; value: string }[]
  documents: { name: string; received: boolean }[]
  handbookAcknowledged: boolean
}

/** What PUT /units/{id}/handover takes: the checklist's entries. */
export type HandoverBody = Pick<HandoverView, 'ownerId' | 'items' | 'keys' | 'readings' | 'documents' | 'handbookAcknowledged'>

/** Read at every handover; gas only where the unit has a gas meter. */
export const REQUIRED_METERS: readonly MeterKind[] = ['WATER', 'ELECTRICITY']
const METER_ORDER: readonly MeterKind[] = ['WATER', 'ELECTRICITY', 'GAS']

/** The form of a checklist as the service answered it; a checklist without keys starts with one row of `firstKey`. */
export function formOf(view: HandoverView, firstKey: string): HandoverForm {
  const readings = METER_ORDER
    .filter((kind) => REQUIRED_METERS.includes(kind) || view.readings.some((r) => r.kind === kind))
    .map((kind) => {
      const value = view.readings.find((r) => r.kind === kind)?.value
      return { kind, value: value === null || value === undefined ? '' : String(value) }
    })
  return {
    ownerId: view.ownerId,
    items: view.items.map((i) => ({ name: i.name, result: i.result, note: i.note ?? '' })),
    keys: view.keys.length > 0 ? view.keys.map((k) => ({ ...k })) : [{ kind: firstKey, count: 0 }],
    readings,
    documents: view.documents.map((d) => ({ ...d })),
    handbookAcknowledged: view.handbookAcknowledged,
  }
}

export function hasGas(form: HandoverForm): boolean {
  return form.readings.some((r) => r.kind === 'GAS')
}

/** Lists the gas meter (to be read) or takes it off the list. */
export function setGas(form: HandoverForm, on: boolean): void {
  if (on && !hasGas(form)) form.readings.push({ kind: 'GAS', value: '' })
  if (!on) form.readings = form.readings.filter((r) => r.kind !== 'GAS')
}

/** A typed reading: blank is "not read yet"; else a number of at most 3 decimal places, not below 0. */
export function parseReading(text: string): { value: number | null; error?: string } {
  const typed = text.trim()
  if (typed === '') return { value: null }
  if (!/^-?\d+(\.\d+)?$/.test(typed)) return { value: null, error: 'notANumber' }
  if (typed.startsWith('-')) return { value: null, error: 'readingNegative' }
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(typed)) return { value: null, error: 'readingDigits' }
  return { value: Number(typed) }
}

/**
 * The body of PUT /units/{id}/handover, or what must be fixed first (keyed `reading.WATER`, `key.0`, with i18n keys
 * under estate.check). Rows without a name are left out, a key row without a kind too when it counts no keys.
 */
export function bodyOf(form: HandoverForm): { body: HandoverBody | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const readings = form.readings.map((r) => {
    const parsed = parseReading(r.value)
    if (parsed.error) errors[`reading.${r.kind}`] = parsed.error
    return { kind: r.kind, value: parsed.value }
  })
  form.keys.forEach((k, i) => {
    if (!k.kind.trim() && k.count > 0) errors[`key.${i}`] = 'keyKind'
  })
  if (Object.keys(errors).length > 0) return { body: null, errors }
  return {
    body: {
      ownerId: form.ownerId && form.ownerId.trim() ? form.ownerId.trim() : null,
      items: form.items.filter((i) => i.name.trim()).map((i) => ({
        name: i.name.trim(), result: i.result, note: i.note.trim() ? i.note.trim() : null,
      })),
      keys: form.keys.filter((k) => k.kind.trim()).map((k) => ({ kind: k.kind.trim(), count: k.count })),
      readings,
      documents: form.documents.filter((d) => d.name.trim()).map((d) => ({ name: d.name.trim(), received: d.received })),
      handbookAcknowledged: form.handbookAcknowledged,
    },
    errors,
  }
}

/** The body the service holds now, to tell whether the form has changed since. */
export function savedBodyOf(view: HandoverView, firstKey: string): string {
  return JSON.stringify(bodyOf(formOf(view, firstKey)).body)
}

type Translate = (key: string, values?: Record<string, unknown>) => string

const PATTERNS: { part: string; pattern: RegExp; key: string; meter?: boolean }[] = [
  { part: 'items', pattern: /^No item was inspected$/, key: 'noItems' },
  { part: 'items', pattern: /^(.+) has no result$/, key: 'noResult' },
  { part: 'items', pattern: /^(.+) has a defect without a note of what is wrong$/, key: 'defectNote' },
  { part: 'keys', pattern: /^No keys were handed over$/, key: 'noKeys' },
  { part: 'readings', pattern: /^The (\w+) meter was not read$/, key: 'notRead', meter: true },
  { part: 'documents', pattern: /^No document is listed$/, key: 'noDocuments' },
  { part: 'documents', pattern: /^(.+) was not received$/, key: 'notReceived' },
  { part: 'handbook', pattern: /^The owner has not acknowledged the handbook$/, key: 'handbook' },
  { part: 'owner', pattern: /^The owner is not named$/, key: 'owner' },
]

/**
 * One missing part as a sentence in the page's language. The service says it in English; the sentences it is
 * known to use are translated (estate.missing.*), anything else is shown as the service wrote it.
 */
export function missingText(missing: Missing, t: Translate): string {
  for (const { part, pattern, key, meter } of PATTERNS) {
    if (part !== missing.part) continue
    const match = pattern.exec(missing.message)
    if (!match) continue
    const name = match[1]
    if (meter) {
      const kind = (name ?? '').toUpperCase()
      return t(`estate.missing.${key}`, { name: METER_ORDER.includes(kind as MeterKind) ? t(`estate.meter.${kind}`) : name })
    }
    return t(`estate.missing.${key}`, { name })
  }
  return missing.message
}

/** The part of the checklist a missing entry is about, as a label key (estate.part.*). */
export function partKey(missing: Missing): string {
  return ['items', 'keys', 'readings', 'documents', 'handbook', 'owner'].includes(missing.part)
    ? `estate.part.${missing.part}` : 'estate.part.other'
}

