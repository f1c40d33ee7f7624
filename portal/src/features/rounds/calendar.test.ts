import { describe, expect, it } from 'vitest'
import { addDays, byDate, monthGrid, monthOf, monthRange, nextOccurrences, shiftMonth, standing } from './calendar'
import type { CalendarEntry } from './types'

function entry(planId: string, date: string, extra: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    planId, planName: planId, kind: 'MAINTENANCE', date, windowStart: `${date}T00:00:00Z`, windowEnd: `${date}T04:00:00Z`,
    generated: false, trigger: 'CALENDAR', ...extra,
  }
}

describe('the plan calendar', () => {
  it('shows a month as whole weeks from Monday', () => {
    const weeks = monthGrid('2026-12')
    // 1 December 2026 is a Tuesday: the first week starts on Monday 30 November
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', day: 30, inMonth: false })
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', day: 1, inMonth: true })
    expect(weeks.at(-1)!.at(-1)!.date).toBe('2027-01-03')
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    // February 2027 starts on a Monday and ends on a Sunday: four weeks exactly
    expect(monthGrid('2027-02')).toHaveLength(4)
  })

  it('asks the API for the month, and moves across years', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
    expect(monthOf('2026-12-08')).toBe('2026-12')
    expect(addDays('2026-12-31', 61)).toBe('2027-03-02')
  })

  it('groups occurrences by day, by window start', () => {
    const days = byDate([entry('b', '2026-12-08', { windowStart: '2026-12-08T02:00:00Z' }), entry('a', '2026-12-08'), entry('c', '2026-12-09')])
    expect(days.get('2026-12-08')!.map((e) => e.planId)).toEqual(['a', 'b'])
    expect(days.get('2026-12-09')).toHaveLength(1)
  })

  it('tells planned, open, overdue, done and cancelled occurrences apart', () => {
    const now = new Date('2026-12-08T06:00:00Z')
    expect(standing(entry('a', '2026-12-09'), now)).toBe('PLANNED')
    expect(standing(entry('a', '2026-12-08', { generated: true, status: 'OPEN' }), now)).toBe('OVERDUE')
    expect(standing(entry('a', '2026-12-09', { generated: true, status: 'OPEN' }), now)).toBe('OPEN')
    expect(standing(entry('a', '2026-12-08', { generated: true, status: 'DONE' }), now)).toBe('DONE')
    expect(standing(entry('a', '2026-12-08', { generated: true, status: 'CANCELLED' }), now)).toBe('CANCELLED')
  })

  it('finds each plan\'s next occurrence still to do', () => {
    const now = new Date('2026-12-08T06:00:00Z')
    const next = nextOccurrences([
      entry('a', '2026-12-08'),
      entry('a', '2026-12-10'),
      entry('a', '2026-12-09', { generated: true, status: 'DONE' }),
      entry('b', '2026-12-12'),
      entry('b', '2026-12-11'),
    ], now)
    expect(next.get('a')!.date).toBe('2026-12-10')
    expect(next.get('b')!.date).toBe('2026-12-11')
  })
})
