import { describe, expect, it } from 'vitest'
import { isoMinutes, toAmount, toIso } from './duration'

describe('SLA durations', () => {
  it('reads what the API sends', () => {
    expect(isoMinutes('PT15M')).toBe(15)
    expect(isoMinutes('PT27H')).toBe(1620)
    expect(isoMinutes('PT1H30M')).toBe(90)
    expect(isoMinutes('P1DT2H')).toBe(1560)
    expect(isoMinutes('PT90S')).toBe(1.5)
    expect(isoMinutes('P')).toBeNull()
    expect(isoMinutes('PT')).toBeNull()
    expect(isoMinutes('2h')).toBeNull()
    expect(isoMinutes(null)).toBeNull()
  })

  it('shows whole hours as hours and the rest as minutes', () => {
    expect(toAmount('PT27H')).toEqual({ amount: 27, unit: 'h' })
    expect(toAmount('PT1H30M')).toEqual({ amount: 90, unit: 'm' })
    expect(toAmount('PT15M')).toEqual({ amount: 15, unit: 'm' })
    expect(toAmount(null)).toEqual({ amount: null, unit: 'h' })
  })

  it('writes whole minutes back, keeping a zero for the server to refuse', () => {
    expect(toIso({ amount: 27, unit: 'h' })).toBe('PT27H')
    expect(toIso({ amount: 1.5, unit: 'h' })).toBe('PT1H30M')
    expect(toIso({ amount: 90, unit: 'm' })).toBe('PT1H30M')
    expect(toIso({ amount: 15, unit: 'm' })).toBe('PT15M')
    expect(toIso({ amount: 0, unit: 'h' })).toBe('PT0M')
    expect(toIso({ amount: null, unit: 'h' })).toBeNull()
    for (const iso of ['PT15M', 'PT27H', 'PT2160H', 'PT45M']) expect(toIso(toAmount(iso))).toBe(iso)
  })
})
