import { describe, expect, it } from 'vitest'
import {
  backlogOption, groupCountsOption, groupLabel, groupTimesOption, hasActivity, humanDuration, kpiCsvRows, NO_LABELS, onTimeOption,
  optionSum, percent, recurringOption, timeScale, timesOption, type Labels,
} from './shape'
import type { KpiGroup, KpiReport } from './types'

const t = (key: string) => key

function group(key: string | null, over: Partial<KpiGroup> = {}): KpiGroup {
  return {
    key,
    counts: { submitted: 4, resolved: 3, closed: 2, cancelled: 0, open: 1 },
    response: { count: 4, averageSeconds: 600, p90Seconds: 1200 },
    arrival: { count: 3, averageSeconds: 1800, p90Seconds: 3000 },
    resolution: { count: 3, averageSeconds: 5400, p90Seconds: 7000 },
    onTime: { RESPONSE: { count: 4, of: 4, rate: 1 }, RESOLUTION: { count: 2, of: 3, rate: 0.6667 } },
    firstTimeFix: { count: 2, of: 3, rate: 0.6667 },
    reopens: { count: 1, of: 3, rate: 0.3333 },
    backlog: { underOneDay: 1, oneToThreeDays: 0, threeToSevenDays: 0, sevenDaysOrMore: 0, total: 1 },
    ...over,
  }
}

const idle = group('c1', {
  counts: { submitted: 0, resolved: 0, closed: 0, cancelled: 0, open: 0 },
  response: { count: 0, averageSeconds: null, p90Seconds: null },
  arrival: { count: 0, averageSeconds: null, p90Seconds: null },
  resolution: { count: 0, averageSeconds: null, p90Seconds: null },
  onTime: {},
  firstTimeFix: { count: 0, of: 0, rate: null },
  reopens: { count: 0, of: 0, rate: null },
  backlog: { underOneDay: 0, oneToThreeDays: 0, threeToSevenDays: 0, sevenDaysOrMore: 0, total: 0 },
})

function report(groupBy: KpiReport['groupBy'], groups: KpiGroup[]): KpiReport {
  return { communityId: 'c1', from: '', to: '', asOf: '', groupBy, groups, highFrequency: { minRequests: 3, units: [], categories: [] } }
}

const labels: Labels = { ...NO_LABELS, people: { 'tech-1': '周强', 'cs-1': '赵敏' }, categories: { plumbing: '给排水' }, communities: { c1: '翠湖花园' } }

describe('KPI shaping', () => {
  it('names groups, and the work orders that have no technician or agent yet', () => {
    expect(groupLabel('technician', 'tech-1', labels, t)).toBe('周强')
    expect(groupLabel('technician', null, labels, t)).toBe('kpi.noTechnician')
    expect(groupLabel('agent', null, labels, t)).toBe('kpi.noAgent')
    expect(groupLabel('category', 'plumbing', labels, t)).toBe('给排水')
    expect(groupLabel('category', 'unknown-code', labels, t)).toBe('unknown-code')
    expect(groupLabel('community', 'c1', labels, t)).toBe('翠湖花园')
  })

  it('picks seconds, minutes, hours or days for durations', () => {
    expect(timeScale(0).unit).toBe('second')
    expect(timeScale(119).unit).toBe('second')
    expect(timeScale(120).unit).toBe('minute')
    expect(timeScale(7199).unit).toBe('minute')
    expect(timeScale(7200).unit).toBe('hour')
    expect(timeScale(3 * 86400).unit).toBe('day')
  })

  it('reads durations in words', () => {
    const words = (key: string, v?: Record<string, unknown>) => `${key}:${JSON.stringify(v)}`
    expect(humanDuration(null, words)).toBe('—')
    expect(humanDuration(42, words)).toBe('kpi.dur.s:{"s":42}')
    expect(humanDuration(605, words)).toBe('kpi.dur.m:{"m":10,"s":"05"}')
    expect(humanDuration(2 * 3600 + 5 * 60 + 59, words)).toBe('kpi.dur.h:{"h":2,"m":"05"}')
    expect(humanDuration(3 * 86400 + 4 * 3600, words)).toBe('kpi.dur.d:{"d":3,"h":4}')
  })

  it('reads rates as percent with one decimal', () => {
    expect(percent(0.6667)).toBe('66.7%')
    expect(percent(1)).toBe('100%')
    expect(percent(null)).toBe('—')
  })

  it('draws times as average bars and a p90 line in one unit', () => {
    const option = timesOption(group('c1'), t)!
    const series = option.series as { type: string; data: (number | null)[] }[]
    expect(series.map((s) => s.type)).toEqual(['bar', 'line'])
    expect(series[0].data).toEqual([10, 30, 90]) // minutes: the largest (7000 s) is under two hours
    expect(series[1].data).toEqual([20, 50, 116.7])
    expect(timesOption(idle, t)).toBeNull()
  })

  it('draws on-time rates only for deadline kinds that were due', () => {
    const option = onTimeOption(group('c1'), t)!
    expect((option.xAxis as { data: string[] }).data).toEqual(['wo.deadline.RESPONSE', 'wo.deadline.RESOLUTION'])
    expect((option.series as { data: number[] }[])[0].data).toEqual([100, 66.7])
    expect(onTimeOption(idle, t)).toBeNull()
  })

  it('draws the backlog buckets that hold work orders', () => {
    const option = backlogOption(group('c1', { backlog: { underOneDay: 2, oneToThreeDays: 0, threeToSevenDays: 1, sevenDaysOrMore: 0, total: 3 } }), t)!
    expect((option.series as { data: { name: string; value: number }[] }[])[0].data)
      .toEqual([{ name: 'kpi.backlog.underOneDay', value: 2 }, { name: 'kpi.backlog.threeToSevenDays', value: 1 }])
    expect(backlogOption(idle, t)).toBeNull()
  })

  it('puts the busiest groups first in the per-group charts, labelled', () => {
    const busy = group('tech-1', { counts: { submitted: 9, resolved: 5, closed: 1, cancelled: 0, open: 4 } })
    const option = groupCountsOption(report('technician', [group(null), busy]), labels, t)!
    const source = (option.dataset as { source: unknown[][] }).source
    expect(source[1]).toEqual(['周强', 9, 5, 4])
    expect(source[2]).toEqual(['kpi.noTechnician', 4, 3, 1])
    expect(optionSum(option)).toBe(9 + 5 + 4 + 4 + 3 + 1)
    const times = groupTimesOption(report('technician', [busy]), labels, t)!
    expect((times.dataset as { source: unknown[][] }).source[1]).toEqual(['周强', 10, 30, 90])
    expect(groupCountsOption(report('technician', []), labels, t)).toBeNull()
  })

  it('lists recurring units most first', () => {
    const option = recurringOption([{ key: 'u1', requests: 5 }, { key: 'u2', requests: 3 }], (k) => `#${k}`, t)!
    expect((option.yAxis as { data: string[] }).data).toEqual(['#u2', '#u1'])
    expect(optionSum(option)).toBe(8)
    expect(recurringOption([], (k) => k, t)).toBeNull()
  })

  it('knows a period with nothing in it', () => {
    expect(hasActivity(idle)).toBe(false)
    expect(hasActivity(group('c1'))).toBe(true)
    expect(hasActivity(undefined)).toBe(false)
  })

  it('makes CSV rows: a header, one row per group, the total last', () => {
    const rows = kpiCsvRows(report('technician', [group('tech-1')]), group('c1'), labels, t)
    expect(rows).toHaveLength(3)
    expect(rows[0][0]).toBe('kpi.groupName.technician')
    expect(rows[0]).toHaveLength(rows[1].length)
    expect(rows[1].slice(0, 8)).toEqual(['周强', 4, 3, 2, 0, 1, 10, 20])
    expect(rows[1]).toContain(66.7)
    expect(rows[2][0]).toBe('kpi.total')
    expect(kpiCsvRows(report('community', [group('c1')]), group('c1'), labels, t)).toHaveLength(2)
  })
})
