import type { ChartOption } from './echarts'
import type { Cell } from './csv'
import { BACKLOG_BUCKETS, DEADLINE_KINDS, type GroupBy, type KpiGroup, type KpiReport, type Recurring, type TimeFigure } from './types'

/**
 * The KPI report shaped for people: labels instead of ids, times in a unit that reads well, rates as percent,
 * and the options of each chart. Pure functions (texts come in as `t`), so they are tested without a browser.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** What ids stand for: people (technicians, agents), categories, units, communities. */
export interface Labels {
  people: Record<string, string>
  categories: Record<string, string>
  units: Record<string, string>
  communities: Record<string, string>
}

export const NO_LABELS: Labels = { people: {}, categories: {}, units: {}, communities: {} }

export function groupLabel(groupBy: GroupBy, key: string | null, labels: Labels, t: Translate): string {
  if (key === null || key === undefined) {
    if (groupBy === 'technician') return t('kpi.noTechnician')
    if (groupBy === 'agent') return t('kpi.noAgent')
    return '—'
  }
  const table = groupBy === 'community' ? labels.communities : groupBy === 'category' ? labels.categories : labels.people
  return table[key] ?? key
}

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day'

/** The unit a set of durations reads best in: seconds up to two minutes, minutes up to two hours, hours up to three days, then days. */
export function timeScale(maxSeconds: number): { unit: TimeUnit; divisor: number } {
  if (maxSeconds < 120) return { unit: 'second', divisor: 1 }
  if (maxSeconds < 2 * 3600) return { unit: 'minute', divisor: 60 }
  if (maxSeconds < 72 * 3600) return { unit: 'hour', divisor: 3600 }
  return { unit: 'day', divisor: 86400 }
}

export function inUnit(seconds: number | null | undefined, divisor: number): number | null {
  return seconds === null || seconds === undefined ? null : Math.round((seconds / divisor) * 10) / 10
}

/** A duration in words ("2小时05分" / "2 h 05 min"), "—" when nothing was measured. */
export function humanDuration(seconds: number | null | undefined, t: Translate): string {
  if (seconds === null || seconds === undefined) return '—'
  const s = Math.max(0, Math.round(seconds))
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  if (d > 0) return t('kpi.dur.d', { d, h })
  if (h > 0) return t('kpi.dur.h', { h, m: pad(m) })
  if (m > 0) return t('kpi.dur.m', { m, s: pad(s % 60) })
  return t('kpi.dur.s', { s })
}

/** A rate as "87.5%", "—" when there was nothing to count. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—'
  return `${Math.round(rate * 1000) / 10}%`
}

/** Whether anything happened in the period or was still open at its end. */
export function hasActivity(group: KpiGroup | undefined): boolean {
  if (!group) return false
  const c = group.counts
  return c.submitted + c.resolved + c.closed + c.cancelled + c.open + group.response.count + group.arrival.count
    + group.resolution.count > 0
}

/** The groups with the most submitted first (then most open), for charts and the table. */
export function sortedGroups(report: KpiReport): KpiGroup[] {
  return report.groups.slice().sort((a, b) => b.counts.submitted - a.counts.submitted || b.counts.open - a.counts.open
    || String(a.key ?? '').localeCompare(String(b.key ?? '')))
}

const TIMES = ['response', 'arrival', 'resolution'] as const

/** Response, arrival and resolution: the average as bars, the 90th percentile as a line. */
export function timesOption(group: KpiGroup, t: Translate): ChartOption | null {
  const figures: TimeFigure[] = TIMES.map((k) => group[k])
  if (figures.every((f) => f.count === 0)) return null
  const scale = timeScale(Math.max(0, ...figures.flatMap((f) => [f.averageSeconds ?? 0, f.p90Seconds ?? 0])))
  const unit = t(`kpi.unit.${scale.unit}`)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v} ${unit}`) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: TIMES.map((k) => t(`kpi.time.${k}`)) },
    yAxis: { type: 'value', name: unit },
    series: [
      { name: t('kpi.average'), type: 'bar', barMaxWidth: 48, data: figures.map((f) => inUnit(f.averageSeconds, scale.divisor)) },
      { name: 'P90', type: 'line', data: figures.map((f) => inUnit(f.p90Seconds, scale.divisor)) },
    ],
  }
}

/** On-time rate per deadline kind that had deadlines met or breached in the period, in percent. */
export function onTimeOption(group: KpiGroup, t: Translate): ChartOption | null {
  const kinds = DEADLINE_KINDS.filter((k) => (group.onTime[k]?.of ?? 0) > 0)
  if (kinds.length === 0) return null
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number; name: string }
        const share = group.onTime[kinds[first.dataIndex]]!
        return `${first.name}: ${percent(share.rate)} (${share.count}/${share.of})`
      },
    },
    grid: { left: 48, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: kinds.map((k) => t(`wo.deadline.${k}`)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{
      name: t('kpi.onTime'), type: 'bar', barMaxWidth: 48,
      label: { show: true, position: 'top', formatter: '{c}%' },
      data: kinds.map((k) => Math.round((group.onTime[k]!.rate ?? 0) * 1000) / 10),
    }],
  }
}

/** The backlog at the period's end by age, as a pie of the buckets that hold any. */
export function backlogOption(group: KpiGroup, t: Translate): ChartOption | null {
  const slices = BACKLOG_BUCKETS.map((b) => ({ name: t(`kpi.backlog.${b}`), value: group.backlog[b] })).filter((s) => s.value > 0)
  if (slices.length === 0) return null
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{ name: t('kpi.backlogTitle'), type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
      label: { formatter: '{b}\n{c}' }, data: slices }],
  }
}

/** Per group: submitted, resolved and still open, as grouped bars (a dataset, one row per group). */
export function groupCountsOption(report: KpiReport, labels: Labels, t: Translate, limit = 15): ChartOption | null {
  const groups = sortedGroups(report).slice(0, limit)
  if (groups.length === 0) return null
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 44, right: 16, top: 36, bottom: 28 },
    dataset: {
      source: [
        ['group', t('kpi.count.submitted'), t('kpi.count.resolved'), t('kpi.count.open')],
        ...groups.map((g) => [groupLabel(report.groupBy, g.key, labels, t), g.counts.submitted, g.counts.resolved, g.counts.open]),
      ],
    },
    xAxis: { type: 'category', axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 32 }, { type: 'bar', barMaxWidth: 32 }, { type: 'bar', barMaxWidth: 32 }],
  }
}

/** Per group: average response, arrival and resolution times, in one unit for all. */
export function groupTimesOption(report: KpiReport, labels: Labels, t: Translate, limit = 15): ChartOption | null {
  const groups = sortedGroups(report).slice(0, limit)
  if (groups.every((g) => TIMES.every((k) => g[k].averageSeconds === null))) return null
  const scale = timeScale(Math.max(0, ...groups.flatMap((g) => TIMES.map((k) => g[k].averageSeconds ?? 0))))
  const unit = t(`kpi.unit.${scale.unit}`)
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v} ${unit}`) },
    legend: { top: 0 },
    grid: { left: 44, right: 16, top: 36, bottom: 28 },
    dataset: {
      source: [
        ['group', ...TIMES.map((k) => t(`kpi.time.${k}`))],
        ...groups.map((g) => [groupLabel(report.groupBy, g.key, labels, t),
          ...TIMES.map((k) => inUnit(g[k].averageSeconds, scale.divisor))]),
      ],
    },
    xAxis: { type: 'category', axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', name: unit },
    series: [{ type: 'bar', barMaxWidth: 28 }, { type: 'bar', barMaxWidth: 28 }, { type: 'bar', barMaxWidth: 28 }],
  }
}

/** Recurring units or categories, most requests on top, as horizontal bars. */
export function recurringOption(items: Recurring[], label: (key: string) => string, t: Translate, limit = 10): ChartOption | null {
  if (items.length === 0) return null
  const top = items.slice(0, limit).reverse()
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => label(r.key)) },
    series: [{ name: t('kpi.requests'), type: 'bar', barMaxWidth: 22, label: { show: true, position: 'right' },
      data: top.map((r) => r.requests) }],
  }
}

/** The sum of the numbers a chart shows (series data and dataset rows), for a test to see it is not all zero. */
export function optionSum(option: ChartOption | null): number {
  if (!option) return 0
  let sum = 0
  const add = (v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) sum += v
    else if (v && typeof v === 'object' && 'value' in v) add((v as { value: unknown }).value)
  }
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  for (const s of series) if (Array.isArray((s as { data?: unknown[] }).data)) (s as { data: unknown[] }).data.forEach(add)
  const datasets = Array.isArray(option.dataset) ? option.dataset : option.dataset ? [option.dataset] : []
  for (const d of datasets) {
    const source = (d as { source?: unknown }).source
    if (Array.isArray(source)) source.slice(1).forEach((row) => (Array.isArray(row) ? row.slice(1).forEach(add) : undefined))
  }
  return Math.round(sum * 10) / 10
}

/**
 * The report as rows for a CSV file: one per group and, when grouped, the community's total last. Times in
 * minutes (one decimal), rates in percent, so a spreadsheet can compute with them.
 */
export function kpiCsvRows(grouped: KpiReport, total: KpiGroup | undefined, labels: Labels, t: Translate): Cell[][] {
  const minutes = (f: TimeFigure, field: 'averageSeconds' | 'p90Seconds') => inUnit(f[field], 60)
  const pct = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10)
  const header: Cell[] = [
    t(`kpi.groupName.${grouped.groupBy}`),
    t('kpi.count.submitted'), t('kpi.count.resolved'), t('kpi.count.closed'), t('kpi.count.cancelled'), t('kpi.count.open'),
    ...TIMES.flatMap((k) => [`${t(`kpi.time.${k}`)} ${t('kpi.average')} (${t('kpi.unit.minute')})`,
      `${t(`kpi.time.${k}`)} P90 (${t('kpi.unit.minute')})`]),
    ...DEADLINE_KINDS.map((k) => `${t('kpi.onTime')} ${t(`wo.deadline.${k}`)} (%)`),
    `${t('kpi.firstTimeFix')} (%)`, `${t('kpi.reopenRate')} (%)`,
    ...BACKLOG_BUCKETS.map((b) => `${t('kpi.backlogTitle')} ${t(`kpi.backlog.${b}`)}`),
  ]
  const row = (label: string, g: KpiGroup): Cell[] => [
    label, g.counts.submitted, g.counts.resolved, g.counts.closed, g.counts.cancelled, g.counts.open,
    ...TIMES.flatMap((k) => [minutes(g[k], 'averageSeconds'), minutes(g[k], 'p90Seconds')]),
    ...DEADLINE_KINDS.map((k) => pct(g.onTime[k]?.rate)),
    pct(g.firstTimeFix.rate), pct(g.reopens.rate),
    ...BACKLOG_BUCKETS.map((b) => g.backlog[b]),
  ]
  const rows = sortedGroups(grouped).map((g) => row(groupLabel(grouped.groupBy, g.key, labels, t), g))
  if (grouped.groupBy !== 'community' && total) rows.push(row(t('kpi.total'), total))
  return [header, ...rows]
}
