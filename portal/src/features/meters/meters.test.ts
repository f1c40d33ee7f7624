import { describe, expect, it } from 'vitest'
import {
  amount, dayOf, decisionOf, emptyMeterForm, lineProblemOf, meterBodyOf, meterFormOf, newReadingOf, periodOf, quantityUnit, refusalKey,
  registersOf, shiftPeriod,
} from './meters'
import type { Meter } from './types'
import { daysUntil, verificationTone } from './verification'

const meter: Meter = {
  id: 'm1', communityId: 'c1', kind: 'ELECTRICITY', tariff: 'MULTI', serial: 'EM-1', location: { kind: 'COMMON_AREA', id: 'pump' },
  locationName: '水泵房', equipmentId: null, unitId: null, quantityUnit: 'kWh', multiplier: 40, digits: 6,
  initialValues: { PEAK: 10, VALLEY: 20, FLAT: 30 }, installedAt: '2026-01-05T02:00:00Z',
  verification: { verifiedOn: '2021-03-15', intervalMonths: 72, expiresOn: '2027-03-15' },
  apportioning: { rule: 'BY_AREA', shares: [{ unitId: 'u1', areaSqm: 89.5 }, { unitId: 'u2', areaSqm: null }] },
  retired: false, version: 4,
}

describe('the meter form', () => {
  it('sends back what it was opened with, unchanged', () => {
    expect(meterBodyOf('c1', meterFormOf(meter))).toEqual({
      communityId: 'c1', kind: 'ELECTRICITY', tariff: 'MULTI', serial: 'EM-1', location: { kind: 'COMMON_AREA', id: 'pump' },
      locationName: '水泵房', equipmentId: null, multiplier: 40, digits: 6, initialValues: { PEAK: 10, VALLEY: 20, FLAT: 30 },
      installedAt: '2026-01-05T02:00:00Z', verification: { verifiedOn: '2021-03-15', intervalMonths: 72 },
      apportioning: { rule: 'BY_AREA', units: [{ unitId: 'u1', areaSqm: 89.5 }, { unitId: 'u2', areaSqm: null }] },
    })
  })

  it('sends only the registers of the tariff chosen, blanks as zero', () => {
    const form = { ...meterFormOf(meter), tariff: 'SINGLE' as const }
    form.initial = { TOTAL: null, PEAK: 10, VALLEY: 20, FLAT: 30 }
    expect(meterBodyOf('c1', form).initialValues).toEqual({ TOTAL: 0 })
  })

  it('a new install day starts at midnight in the estates’ calendar', () => {
    const form = { ...meterFormOf(meter), installedOn: '2026-02-01' }
    expect(meterBodyOf('c1', form).installedAt).toBe('2026-01-31T16:00:00.000Z')
    expect(meterBodyOf('c1', { ...emptyMeterForm(), kind: 'WATER' }).installedAt).toBeNull()
  })

  it('drops the verification when unticked or incomplete, the areas when shared by household, the sharing when not shared', () => {
    const form = meterFormOf(meter)
    expect(meterBodyOf('c1', { ...form, verified: false }).verification).toBeNull()
    expect(meterBodyOf('c1', { ...form, intervalMonths: null }).verification).toBeNull()
    expect(meterBodyOf('c1', { ...form, rule: 'BY_HOUSEHOLD' }).apportioning)
      .toEqual({ rule: 'BY_HOUSEHOLD', units: [{ unitId: 'u1', areaSqm: null }, { unitId: 'u2', areaSqm: null }] })
    expect(meterBodyOf('c1', { ...form, shared: false }).apportioning).toBeNull()
  })
})

describe('months and days in the estates’ calendar', () => {
  it('counts an evening in UTC as the next day in China', () => {
    expect(dayOf('2026-11-30T16:30:00Z')).toBe('2026-12-01')
    expect(periodOf('2026-11-30T16:30:00Z')).toBe('2026-12')
  })

  it('moves across years', () => {
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12')
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01')
    expect(shiftPeriod('2026-06', -18)).toBe('2024-12')
  })

  it('tells a verification’s expiry', () => {
    const now = Date.parse('2026-12-07T04:00:00Z')
    expect(daysUntil('2026-12-07', now)).toBe(0)
    expect(verificationTone('2026-12-06', now)).toBe('danger')
    expect(verificationTone('2027-01-06', now)).toBe('warning')
    expect(verificationTone('2027-01-07', now)).toBe('success')
  })
})

describe('who decides a held reading (four eyes)', () => {
  const held = { status: 'HELD' as const, readerId: 'tech-1' }
  it('a supervisor or property manager who did not read it', () => {
    expect(decisionOf(held, { id: 'sup-1', roles: ['SUPERVISOR'] })).toBe('decide')
    expect(decisionOf(held, { id: 'pm-1', roles: ['PROPERTY_MANAGER'] })).toBe('decide')
  })
  it('not its reader', () => {
    expect(decisionOf({ ...held, readerId: 'sup-1' }, { id: 'sup-1', roles: ['SUPERVISOR'] })).toBe('own-reading')
  })
  it('not technicians, finance or administrators; nobody once decided', () => {
    expect(decisionOf(held, { id: 'x', roles: ['TECHNICIAN'] })).toBe('not-approver')
    expect(decisionOf(held, { id: 'x', roles: ['ADMIN', 'FINANCE'] })).toBe('not-approver')
    expect(decisionOf({ ...held, status: 'APPROVED' }, { id: 'sup-1', roles: ['SUPERVISOR'] })).toBe('decided')
  })
})

describe('readings', () => {
  it('are recorded with the value of a single-tariff meter or the registers of a multi-tariff one', () => {
    expect(newReadingOf({ id: 'w', tariff: 'SINGLE' }, '2026-12-07T10:15:00+08:00', { TOTAL: 12.5, PEAK: 1, VALLEY: null, FLAT: null }, true))
      .toEqual({ meterId: 'w', readAt: '2026-12-07T02:15:00.000Z', value: 12.5, occupied: true })
    expect(newReadingOf({ id: 'e', tariff: 'MULTI' }, '2026-12-07T02:15:00Z', { TOTAL: 9, PEAK: 1, VALLEY: 2, FLAT: 3 }, null))
      .toEqual({ meterId: 'e', readAt: '2026-12-07T02:15:00.000Z', registers: { PEAK: 1, VALLEY: 2, FLAT: 3 } })
  })

  it('show their registers in order, and numbers as staff read them', () => {
    expect(registersOf({ FLAT: 3, PEAK: 1 })).toEqual([['PEAK', 1], ['FLAT', 3]])
    expect(registersOf(null)).toEqual([])
    expect(amount(1246.3)).toBe('1246.3')
    expect(amount('14.20000')).toBe('14.2')
    expect(amount(1 / 3)).toBe('0.333')
    expect(amount(null)).toBe('—')
  })

  it('read an import’s line problems in words where the server’s wording is known', () => {
    expect(lineProblemOf('no meter WM-9 in the community')).toEqual({ key: 'meters.line.noMeter', values: { serial: 'WM-9' } })
    expect(lineProblemOf('value is no number: 12,5')).toEqual({ key: 'meters.line.notNumber', values: { column: 'value', text: '12,5' } })
    expect(lineProblemOf("Text '22/11/2026' could not be parsed at index 0")).toEqual({ key: 'meters.line.badTime', values: { text: '22/11/2026' } })
    expect(lineProblemOf('peak is missing')?.values).toEqual({ column: 'peak' })
    expect(lineProblemOf('something new')).toBeNull()
  })

  it('write m3 as m³', () => {
    expect(quantityUnit('m3')).toBe('m³')
    expect(quantityUnit('kWh')).toBe('kWh')
  })

  it('explain the refusals the server names', () => {
    expect(refusalKey('period-closed')).toBe('meters.refusal.period-closed')
    expect(refusalKey('something-new')).toBeNull()
    expect(refusalKey(null)).toBeNull()
  })
})
