import { describe, expect, it } from 'vitest'
import { filterRows, oldestBucket, severityOf, shares, totalsOf } from './aging'
import type { ArrearsRow } from './types'
import { fenToAmount, sumFen } from '../cashier/money'

const row = (payer: string, buckets: [string, string, string, string], extra: Partial<ArrearsRow> = {}): ArrearsRow => {
  const [a, b, c, d] = buckets
  const overdue = fenToAmount(sumFen(buckets))
  return {
    payer, unitNumber: payer.replace('UNIT:', ''), buildingId: 'b1', overdue, oldestDueOn: '2026-10-01', daysLate: 10, overdueCharges: 1,
    buckets: { DAYS_1_30: a, DAYS_31_90: b, DAYS_91_180: c, OVER_180: d }, lastContact: null, ...extra,
  }
}

describe('arrears aged into buckets', () => {
  it('colours a payer by how late they are', () => {
    expect(severityOf(1)).toBe('info')
    expect(severityOf(30)).toBe('info')
    expect(severityOf(31)).toBe('warning')
    expect(severityOf(90)).toBe('warning')
    expect(severityOf(91)).toBe('danger')
    expect(severityOf(400)).toBe('danger')
  })

  it('names the oldest bucket with money', () => {
    expect(oldestBucket(row('UNIT:1-1-101', ['10.00', '0.00', '5.00', '0.00']))).toBe('DAYS_91_180')
    expect(oldestBucket(row('UNIT:1-1-101', ['10.00', '0.00', '0.00', '0.00']))).toBe('DAYS_1_30')
    expect(oldestBucket(row('UNIT:1-1-101', ['0.00', '0.00', '0.00', '0.00']))).toBeNull()
  })

  it('splits the bar into shares that add up to exactly 100', () => {
    const s = shares(row('UNIT:x', ['0.01', '0.01', '0.01', '0.00']))
    expect(s.DAYS_1_30 + s.DAYS_31_90 + s.DAYS_91_180 + s.OVER_180).toBeCloseTo(100, 10)
    expect([s.DAYS_1_30, s.DAYS_31_90, s.DAYS_91_180, s.OVER_180]).toEqual([33.4, 33.3, 33.3, 0])
    expect(shares(row('UNIT:x', ['287.40', '0.00', '0.00', '0.00'])).DAYS_1_30).toBe(100)
    expect(shares(row('UNIT:x', ['0.00', '0.00', '0.00', '0.00'])).DAYS_1_30).toBe(0)
  })

  it('sums the list in fen', () => {
    const rows = [row('UNIT:a', ['0.10', '0.20', '0.00', '0.00']), row('UNIT:b', ['0.20', '0.00', '0.00', '1000.05'])]
    expect(totalsOf(rows)).toEqual({
      payers: 2, overdueFen: 100055, buckets: { DAYS_1_30: 30, DAYS_31_90: 20, DAYS_91_180: 0, OVER_180: 100005 },
    })
  })

  it('filters by building, unit number, age and the last contact', () => {
    const rows = [
      row('UNIT:1-1-101', ['10.00', '0.00', '0.00', '0.00']),
      row('UNIT:2-1-302', ['0.00', '20.00', '0.00', '0.00'], { buildingId: 'b2', lastContact: { id: 'c', way: 'CALL', outcome: 'PROMISED', promisedOn: '2026-12-20', by: 'x', at: '2026-12-05T02:00:00Z' } }),
      row('UNIT:3-1-101', ['0.00', '0.00', '0.00', '9.00'], { buildingId: 'b3' }),
    ]
    const none = { buildingId: '', q: '', olderThan: '' as const, uncontactedSince: '' }
    const day = (i: string) => i.substring(0, 10)
    expect(filterRows(rows, none, day)).toHaveLength(3)
    expect(filterRows(rows, { ...none, buildingId: 'b2' }, day).map((r) => r.payer)).toEqual(['UNIT:2-1-302'])
    expect(filterRows(rows, { ...none, q: '-101' }, day).map((r) => r.payer)).toEqual(['UNIT:1-1-101', 'UNIT:3-1-101'])
    expect(filterRows(rows, { ...none, olderThan: 'DAYS_31_90' }, day).map((r) => r.payer)).toEqual(['UNIT:2-1-302', 'UNIT:3-1-101'])
    expect(filterRows(rows, { ...none, uncontactedSince: '2026-12-01' }, day).map((r) => r.payer)).toEqual(['UNIT:1-1-101', 'UNIT:3-1-101'])
    expect(filterRows(rows, { ...none, uncontactedSince: '2026-12-06' }, day)).toHaveLength(3)
  })
})
