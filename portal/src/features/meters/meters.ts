import type { Role } from '../../auth/session'
import type { LocationKind } from '../findings/types'
import type {
  ApportioningRule, Meter, MeterBody, MeterKind, NewReading, Reading, Register, Tariff, Values,
} from './types'

/**
 * The meter pages' rules: the meter form ⇄ body (the registers a tariff has, a shared meter's units), months in the
 * estates' calendar, who may decide a held reading (never its reader), a reading's values in words, and the
 * problems the pages explain.
 */
export const REGISTERS_OF: Record<Tariff, Register[]> = { SINGLE: ['TOTAL'], MULTI: ['PEAK', 'VALLEY', 'FLAT'] }

/** The estates' zone: months and days of readings are China Standard Time's. */
export const ZONE = 'Asia/Shanghai'

export interface ShareRow {
  unitId: string
  areaSqm: number | null
}

export interface MeterForm {
  kind: MeterKind | ''
  tariff: Tariff
  serial: string
  locationKind: LocationKind
  locationId: string
  locationName: string
  equipmentId: string
  multiplier: number | null
  digits: number | null
  initial: Record<Register, number | null>
  /** the day it was installed (YYYY-MM-DD, the estates' calendar); null for now */
  installedOn: string | null
  /** the instant read when the meter was opened, kept when the day is not changed */
  installedAt: string | null
  verified: boolean
  verifiedOn: string | null
  intervalMonths: number | null
  shared: boolean
  rule: ApportioningRule
  shares: ShareRow[]
}

const noValues = (): Record<Register, number | null> => ({ TOTAL: null, PEAK: null, VALLEY: null, FLAT: null })

export function emptyMeterForm(): MeterForm {
  return {
    kind: '', tariff: 'SINGLE', serial: '', locationKind: 'UNIT', locationId: '', locationName: '', equipmentId: '',
    multiplier: 1, digits: null, initial: noValues(), installedOn: null, installedAt: null, verified: false,
    verifiedOn: null, intervalMonths: null, shared: false, rule: 'BY_AREA', shares: [],
  }
}

/** A day (YYYY-MM-DD) of an instant in the estates' calendar. */
export function dayOf(instant: string | number | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(instant))
}

export function meterFormOf(m: Meter): MeterForm {
  const initial = noValues()
  for (const r of REGISTERS_OF[m.tariff]) initial[r] = m.initialValues[r] ?? 0
  return {
    kind: m.kind, tariff: m.tariff, serial: m.serial, locationKind: m.location.kind, locationId: m.location.id,
    locationName: m.locationName ?? '', equipmentId: m.equipmentId ?? '', multiplier: Number(m.multiplier), digits: m.digits ?? null,
    initial, installedOn: dayOf(m.installedAt), installedAt: m.installedAt, verified: !!m.verification,
    verifiedOn: m.verification?.verifiedOn ?? null, intervalMonths: m.verification?.intervalMonths ?? null,
    shared: !!m.apportioning, rule: m.apportioning?.rule ?? 'BY_AREA',
    shares: (m.apportioning?.shares ?? []).map((s) => ({ unitId: s.unitId, areaSqm: s.areaSqm == null ? null : Number(s.areaSqm) })),
  }
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim())

/**
 * The body the API takes (an edit replaces the whole meter): the tariff's registers only, blank ones as zero; the
 * install instant kept when its day is unchanged, else the start of the day chosen; a shared meter's units with the
 * areas given (by area, a blank area is taken from the estate).
 */
export function meterBodyOf(communityId: string, form: MeterForm): MeterBody {
  const initialValues: Values = {}
  for (const r of REGISTERS_OF[form.tariff]) initialValues[r] = form.initial[r] ?? 0
  let installedAt: string | null = null
  if (form.installedOn) {
    installedAt = form.installedAt && dayOf(form.installedAt) === form.installedOn
      ? form.installedAt : new Date(`${form.installedOn}T00:00:00+08:00`).toISOString()
  } else if (form.installedAt) {
    installedAt = form.installedAt
  }
  return {
    communityId,
    kind: form.kind as MeterKind,
    tariff: form.tariff,
    serial: form.serial.trim(),
    location: { kind: form.locationKind, id: form.locationKind === 'COMMUNITY' ? communityId : form.locationId.trim() },
    locationName: text(form.locationName),
    equipmentId: text(form.equipmentId),
    multiplier: form.multiplier ?? 1,
    digits: form.digits ?? null,
    initialValues,
    installedAt,
    verification: form.verified && form.verifiedOn && form.intervalMonths
      ? { verifiedOn: form.verifiedOn, intervalMonths: form.intervalMonths } : null,
    apportioning: form.shared
      ? { rule: form.rule, units: form.shares.map((s) => ({ unitId: s.unitId, areaSqm: form.rule === 'BY_AREA' ? s.areaSqm ?? null : null })) }
      : null,
  }
}

/** The month (YYYY-MM) an instant falls in, in the estates' calendar. */
export function periodOf(instant: string | number | Date = Date.now()): string {
  return dayOf(instant).substring(0, 7)
}

/** The month so many months after (negative: before) a month. */
export function shiftPeriod(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * What a person may do with a held reading: decide it (a supervisor or property manager), the same though the
 * server will refuse as they read it themselves (own-reading: the page says so before and after), or nothing
 * (not an approver, or decided already).
 */
export type Decision = 'decide' | 'own-reading' | 'not-approver' | 'decided'
export const APPROVERS: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER']

export function decisionOf(reading: Pick<Reading, 'status' | 'readerId'>, viewer: { id: string; roles: readonly string[] }): Decision {
  if (reading.status !== 'HELD') return 'decided'
  if (!APPROVERS.some((r) => viewer.roles.includes(r))) return 'not-approver'
  return reading.readerId === viewer.id ? 'own-reading' : 'decide'
}

/** A reading's (or consumption's) registers in order, with their values, for showing. */
export function registersOf(values: Values | null | undefined): [Register, number][] {
  if (!values) return []
  return (['TOTAL', 'PEAK', 'VALLEY', 'FLAT'] as Register[])
    .filter((r) => values[r] !== undefined && values[r] !== null)
    .map((r) => [r, Number(values[r])])
}

/** A number as staff read it: up to three decimals, no trailing zeros. */
export function amount(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  if (!Number.isFinite(n)) return String(value)
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 3, useGrouping: false })
}

/** A unit of quantity as it is written: m³ for the API's m3. */
export function quantityUnit(unit: string | null | undefined): string {
  return unit === 'm3' ? 'm³' : unit ?? ''
}

/** A reading to record from the form: the value of a single-tariff meter or each register of a multi-tariff one. */
export function newReadingOf(meter: Pick<Meter, 'id' | 'tariff'>, readAt: string, values: Record<Register, number | null>,
  occupied: boolean | null): NewReading {
  const reading: NewReading = { meterId: meter.id, readAt: new Date(readAt).toISOString() }
  if (meter.tariff === 'SINGLE') reading.value = values.TOTAL ?? undefined
  else reading.registers = Object.fromEntries(REGISTERS_OF.MULTI.map((r) => [r, values[r] ?? undefined])) as Values
  if (occupied !== null) reading.occupied = occupied
  return reading
}

/** The header line of an import file and one example line (readAt in the estates' time). */
export const CSV_TEMPLATE = 'serial,readAt,value,peak,valley,flat,occupied\nWM-2019-004417,2026-11-22 10:15,1246.3,,,,true\n'

/**
 * A line of a refused import as the server words it (in English, without a code), as a message key with its values so
 * that it reads in the person's language; null for wording the page does not know (shown as it is).
 */
export function lineProblemOf(problem: string): { key: string; values: Record<string, string> } | null {
  const patterns: [RegExp, string, string[]][] = [
    [/^no meter (.+) in the community$/, 'noMeter', ['serial']],
    [/^(\w+) is missing$/, 'missing', ['column']],
    [/^(\w+) is below zero$/, 'negative', ['column']],
    [/^(\w+) is no number: (.*)$/, 'notNumber', ['column', 'text']],
    [/^Text '(.*)' could not be parsed/, 'badTime', ['text']],
    [/^a header line and at least one reading$/, 'empty', []],
    [/^the header names serial and readAt$/, 'header', []],
    [/^at most (\d+) readings a file$/, 'tooMany', ['n']],
  ]
  for (const [pattern, key, names] of patterns) {
    const m = pattern.exec(problem)
    if (m) return { key: `meters.line.${key}`, values: Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) }
  }
  return null
}

/** Why a reading was refused, as the server says it, for the outcome list. */
export const REFUSALS = [
  'unknown-meter', 'meter-retired', 'registers-mismatch', 'negative-value', 'read-in-the-future', 'read-before-installation',
  'period-closed', 'not-after-last-counted',
] as const

export function refusalKey(problem: string | null | undefined): string | null {
  return problem && (REFUSALS as readonly string[]).includes(problem) ? `meters.refusal.${problem}` : null
}

/** The problem codes the meter pages explain in words (others show the server's sentence). */
export const KNOWN_PROBLEMS = [
  'serial-taken', 'meter-retired', 'stale-version', 'registers-mismatch', 'invalid-multiplier', 'invalid-digits',
  'equipment-required', 'shared-unit-meter', 'shared-not-billed', 'area-unknown', 'area-required', 'no-shares',
  'duplicate-share', 'invalid-area', 'invalid-window', 'reason-required', 'photo-required', 'approver-is-reader',
  'reading-not-held', 'reading-decided', 'readings-held', 'period-changed', 'import-rejected', 'unsupported-media-type',
  'value-required', 'meter-elsewhere', 'validation-failed', 'payload-too-large', 'forbidden',
] as const
