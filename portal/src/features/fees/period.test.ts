import { describe, expect, it } from 'vitest'
import {
  billsPeriod, chinaToday, clampMonths, firstDayOf, isPeriod, kindOf, lastDayOf, monthsBetween, monthsOf, nextDay,
  parsePeriod, periodEndedBy, periodOf, periodText, recentMonths, shiftPeriod,
} from './period'

describe('billing periods', () => {
  it('reads the forms the API takes, and nothing else', () => {
    expect(parsePeriod('2026-12')).toEqual({ kind: 'MONTH', year: 2026, month: 12 })
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'QUARTER', year: 2026, quarter: 4 })
    expect(parsePeriod('2026')).toEqual({ kind: 'YEAR', year: 2026 })
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '1999', '26-12', '2026-1', '', 'x']) expect(isPeriod(bad)).toBe(false)
    expect(kindOf('2027-Q1')).toBe('QUARTER')
    expect(periodText({ kind: 'MONTH', year: 2027, month: 3 })).toBe('2027-03')
    expect(periodText({ kind: 'QUARTER', year: 2027, quarter: 2 })).toBe('2027-Q2')
  })

  it('finds the period a day falls in', () => {
    expect(periodOf('MONTH', '2026-12-08')).toBe('2026-12')
    expect(periodOf('QUARTER', '2026-12-08')).toBe('2026-Q4')
    expect(periodOf('QUARTER', '2026-01-01')).toBe('2026-Q1')
    expect(periodOf('QUARTER', '2026-06-30')).toBe('2026-Q2')
    expect(periodOf('YEAR', '2026-12-08')).toBe('2026')
  })

  it('knows each period’s first and last day, leap years included', () => {
    expect(firstDayOf('2026-Q4')).toBe('2026-10-01')
    expect(lastDayOf('2026-Q4')).toBe('2026-12-31')
    expect(lastDayOf('2028-02')).toBe('2028-02-29')
    expect(lastDayOf('2026-02')).toBe('2026-02-28')
    expect(lastDayOf('2026')).toBe('2026-12-31')
    expect(firstDayOf('nope')).toBeNull()
  })

  it('steps from period to period across years', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01')
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12')
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1')
    expect(shiftPeriod('2026-Q1', -5)).toBe('2024-Q4')
    expect(shiftPeriod('2026', -1)).toBe('2025')
  })

  it('tells which cycles bill a period, and when a postpaid period may be billed', () => {
    expect(billsPeriod('MONTHLY', '2026-12')).toBe(true)
    expect(billsPeriod('MONTHLY', '2026-Q4')).toBe(false)
    expect(billsPeriod('QUARTERLY', '2026-Q4')).toBe(true)
    expect(billsPeriod('YEARLY', '2026')).toBe(true)
    expect(billsPeriod('ONCE', '2026-Q4')).toBe(true)
    expect(periodEndedBy('2026-11', '2026-12-01')).toBe(true)
    expect(periodEndedBy('2026-12', '2026-12-31')).toBe(false)
  })

  it('counts and lists the months of the report, at most 36', () => {
    expect(monthsBetween('2026-11', '2027-01')).toBe(3)
    expect(monthsBetween('2027-01', '2026-11')).toBe(0)
    expect(monthsOf('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01'])
    expect(recentMonths('2026-12-08')).toEqual(['2026-01', '2026-12'])
    expect(recentMonths('2027-02-01', 3)).toEqual(['2026-12', '2027-02'])
    expect(clampMonths('2020-01', '2026-12')).toEqual(['2024-01', '2026-12'])
    expect(clampMonths('2027-01', '2026-12')).toEqual(['2026-12', '2026-12'])
    expect(clampMonths('2026-01', '2026-12')).toEqual(['2026-01', '2026-12'])
  })

  it('reads today in China, whatever the browser’s zone', () => {
    expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
    expect(chinaToday(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
  })
})
