import { describe, expect, it } from 'vitest'
import {
  earliestNewStandard, emptyStandardForm, fitToFormula, mayStartOn, priceUnit, standardBodyOf, standardFormOf,
  standardInForce, standardProblems, suggestedEffectiveFrom, upcomingStandards,
} from './standards'
import type { Standard } from './types'

const standard = (number: number, effectiveFrom: string, extra: Partial<Standard> = {}): Standard => ({
  number, effectiveFrom, formula: 'BUILDING_AREA', price: '2.50', cycle: 'MONTHLY', mode: 'PREPAID',
  dueRule: { kind: 'DAY_OF_MONTH', days: 15 }, rounding: { scale: 2, mode: 'HALF_UP' }, billed: false, ...extra,
})

describe('fee standards', () => {
  it('sends a FIXED monthly standard as the API takes it, and a STATED one without a price', () => {
    const form = { ...emptyStandardForm('2026-12-08'), formula: 'FIXED' as const, price: ' 123.45 ' }
    expect(form.effectiveFrom).toBe('2026-12-01')
    expect(standardBodyOf(form)).toEqual({
      effectiveFrom: '2026-12-01', formula: 'FIXED', price: '123.45', cycle: 'MONTHLY', mode: 'PREPAID',
      dueRule: { kind: 'DAY_OF_MONTH', days: 15 }, rounding: { scale: 2, mode: 'HALF_UP' },
    })
    expect(standardBodyOf({ ...form, formula: 'STATED' })).not.toHaveProperty('price')
  })

  it('makes a metered standard monthly and postpaid, and a stated one priceless', () => {
    const form = { ...emptyStandardForm('2026-12-08'), formula: 'METERED' as const, cycle: 'QUARTERLY' as const, price: '4.2' }
    fitToFormula(form)
    expect([form.cycle, form.mode, form.price]).toEqual(['MONTHLY', 'POSTPAID', '4.2'])
    const stated = { ...form, formula: 'STATED' as const }
    fitToFormula(stated)
    expect(stated.price).toBe('')
  })

  it('tells what the form lacks before it is sent', () => {
    const form = emptyStandardForm('2026-12-08')
    expect(standardProblems(form, 'PROPERTY_MANAGEMENT')).toEqual({ price: 'priceRequired' })
    expect(standardProblems({ ...form, price: '0' }, 'PROPERTY_MANAGEMENT')).toEqual({ price: 'priceFormat' })
    expect(standardProblems({ ...form, price: '1.23456' }, 'PROPERTY_MANAGEMENT')).toEqual({ price: 'priceFormat' })
    expect(standardProblems({ ...form, price: '2.5' }, 'PROPERTY_MANAGEMENT')).toEqual({})
    expect(standardProblems({ ...form, formula: 'STATED' }, 'DEPOSIT')).toEqual({})
    expect(standardProblems({ ...form, formula: 'METERED', price: '4' }, 'PARKING')).toEqual({ formula: 'meteredKind' })
    expect(standardProblems({ ...form, formula: 'METERED', price: '4' }, 'WATER')).toEqual({})
    expect(standardProblems({ ...form, price: '1', dueDays: 0 }, 'OTHER')).toEqual({ dueRule: 'dueDay' })
    expect(standardProblems({ ...form, price: '1', dueKind: 'DAYS_AFTER_ISSUE', dueDays: 0 }, 'OTHER')).toEqual({})
    expect(standardProblems({ ...form, price: '1', effectiveFrom: '' }, 'OTHER')).toEqual({ effectiveFrom: 'effectiveFrom' })
  })

  it('names what a price is per', () => {
    expect(priceUnit('BUILDING_AREA', 'PROPERTY_MANAGEMENT')).toBe('perSqmMonth')
    expect(priceUnit('FIXED', 'OTHER')).toBe('perPayerMonth')
    expect(priceUnit('METERED', 'ELECTRICITY')).toBe('perKwh')
    expect(priceUnit('METERED', 'HEATING')).toBe('perGj')
    expect(priceUnit('METERED', 'WATER')).toBe('perM3')
    expect(priceUnit('PER_PARKING_SPACE', 'PARKING')).toBe('perSpaceMonth')
    expect(priceUnit('STATED', 'DEPOSIT')).toBeNull()
  })

  it('finds the version in force and those to come', () => {
    const item = { standards: [standard(1, '2026-01-01'), standard(2, '2027-01-01', { price: '2.80' })] }
    expect(standardInForce(item, '2026-12-08')?.number).toBe(1)
    expect(standardInForce(item, '2027-01-01')?.number).toBe(2)
    expect(standardInForce({ standards: [standard(1, '2027-01-01')] }, '2026-12-08')?.number).toBe(1)
    expect(upcomingStandards(item, '2026-12-08').map((s) => s.number)).toEqual([2])
    expect(standardFormOf(item.standards[1], '2027-03-01')).toMatchObject({ effectiveFrom: '2027-03-01', price: '2.80', formula: 'BUILDING_AREA' })
  })

  it('starts a new version only after the last period billed', () => {
    expect(earliestNewStandard({ billedUntil: null })).toBeNull()
    expect(earliestNewStandard({ billedUntil: '2026-12-01' })).toBe('2026-12-02')
    expect(mayStartOn({ billedUntil: '2026-12-01' }, '2026-12-01')).toBe(false)
    expect(mayStartOn({ billedUntil: '2026-12-01' }, '2027-01-01')).toBe(true)
    expect(suggestedEffectiveFrom({ billedUntil: null }, '2026-12-08')).toBe('2027-01-01')
    expect(suggestedEffectiveFrom({ billedUntil: '2027-01-01' }, '2026-12-08')).toBe('2027-02-01')
    expect(suggestedEffectiveFrom({ billedUntil: '2026-10-01' }, '2026-12-08')).toBe('2027-01-01')
  })
})
