import { describe, expect, it } from 'vitest'
import { collectionChart, figureRows, monthRate, shareOf, totalsOf } from './report'
import type { CollectionMonth } from './types'

const month = (m: string, receivable: string, collected: string, rate: string): CollectionMonth => ({
  month: m, receivable, reduced: '0.00', collected, outstanding: '0.00', collectionRate: rate,
})

describe('the collection report', () => {
  const months = [month('2026-11', '0.00', '0.00', '1.0000'), month('2026-12', '4320.00', '820.10', '0.1898')]

  it('draws receivable and collected as bars in yuan and the rate as a percent line on its own axis', () => {
    const option = collectionChart(months, { receivable: '应收', collected: '实收', rate: '收缴率', yuan: '元' })
    const series = option.series as { name: string; type: string; data: number[]; yAxisIndex?: number }[]
    expect(series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual([['应收', 'bar', 0], ['实收', 'bar', 0], ['收缴率', 'line', 1]])
    expect(series[0].data).toEqual([0, 4320])
    expect(series[1].data).toEqual([0, 820.1])
    expect(series[2].data).toEqual([null, 18.98])
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-11', '2026-12'])
  })

  it('shows no rate for a month with nothing due, rather than 100%', () => {
    expect(monthRate(months[0])).toBeNull()
    expect(monthRate(months[1])).toBe('0.1898')
    expect(monthRate({ receivable: '10.00', reduced: '10.00', collectionRate: '1.0000' })).toBeNull()
    expect(totalsOf([months[0]]).rate).toBeNull()
  })

  it('adds the months up in fen and rates them over the range', () => {
    const totals = totalsOf([...months, { ...month('2027-01', '0.10', '0.20', '1.0000'), reduced: '0.05' }])
    expect(totals).toEqual({ receivable: 432010, reduced: 5, collected: 82030, outstanding: 0, rate: '0.1899' })
  })

  it('rounds a share half up in integers', () => {
    expect(shareOf(1, 3)).toBe('0.3333')
    expect(shareOf(2, 3)).toBe('0.6667')
    expect(shareOf(82000, 432000)).toBe('0.1898')
    expect(shareOf(5, 5)).toBe('1.0000')
    expect(shareOf(0, 0)).toBe('1.0000')
  })

  it('lists a review’s groups, the largest receivable first', () => {
    const f = (receivable: string) => ({ receivable, reduced: '0.00', collected: '0.00', outstanding: receivable, collectionRate: '0.0000', lateFees: '0.00' })
    const rows = figureRows({ b1: f('100.00'), b2: f('300.00'), OTHER: f('100.00') }, (k) => ({ b1: '1号楼', b2: '2号楼' })[k] ?? '其他')
    expect(rows.map((r) => [r.key, r.name])).toEqual([['b2', '2号楼'], ['b1', '1号楼'], ['OTHER', '其他']])
  })
})
