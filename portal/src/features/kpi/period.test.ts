import { describe, expect, it } from 'vitest'
import { apiPeriod, dayCount, rangeLabel, shortcutRange } from './period'

// the tests run in the machine's time zone; every expectation is built in local time too
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min)

describe('KPI period shortcuts', () => {
  const now = at(2026, 12, 7, 15, 42)

  it('today is the one day, from its midnight to the next', () => {
    const range = shortcutRange('today', now)
    expect(range).toEqual([at(2026, 12, 7), at(2026, 12, 7)])
    expect(dayCount(range)).toBe(1)
    expect(apiPeriod(range)).toEqual({ from: at(2026, 12, 7).toISOString(), to: at(2026, 12, 8).toISOString() })
  })

  it('7 and 30 days end today and count today', () => {
    expect(shortcutRange('last7', now)).toEqual([at(2026, 12, 1), at(2026, 12, 7)])
    expect(dayCount(shortcutRange('last7', now))).toBe(7)
    expect(shortcutRange('last30', now)).toEqual([at(2026, 11, 8), at(2026, 12, 7)])
    expect(dayCount(shortcutRange('last30', now))).toBe(30)
  })

  it('this month starts on the first, also across a year end', () => {
    expect(shortcutRange('thisMonth', now)).toEqual([at(2026, 12, 1), at(2026, 12, 7)])
    expect(shortcutRange('thisMonth', at(2027, 1, 1, 0, 5))).toEqual([at(2027, 1, 1), at(2027, 1, 1)])
    expect(shortcutRange('last7', at(2027, 1, 3))).toEqual([at(2026, 12, 28), at(2027, 1, 3)])
  })

  it('asks the API for whole days, the end exclusive, whatever time of day the picker carries', () => {
    expect(apiPeriod([at(2026, 2, 27, 13), at(2026, 3, 1, 9)]))
      .toEqual({ from: at(2026, 2, 27).toISOString(), to: at(2026, 3, 2).toISOString() })
    expect(dayCount([at(2026, 2, 27, 13), at(2026, 3, 1, 9)])).toBe(3)
  })

  it('labels a range for a file name', () => {
    expect(rangeLabel([at(2026, 12, 1), at(2026, 12, 7)])).toBe('2026-12-01_2026-12-07')
    expect(rangeLabel([at(2026, 12, 7), at(2026, 12, 7)])).toBe('2026-12-07')
  })
})
