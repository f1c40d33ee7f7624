import type { BarOption } from './echarts'
import type { Figures } from './types'

/**
 * The equipment health table and chart: which figure a column or the chart shows, how it reads (hours with two
 * decimals, availability and cost shares as percentages), and the bar chart's option for a metric over rows.
 */
export const METRICS = ['failures', 'mtbfHours', 'mttrHours', 'availability', 'repeatFailures', 'repairCost', 'repairCostShareOfPrice'] as const
export type Metric = (typeof METRICS)[number]

/** A metric's value as the chart draws it: percentages for ratios, null when the server has none (no failures…). */
export function metricValue(figures: Figures, metric: Metric): number | null {
  const value = figures[metric]
  if (value === null || value === undefined) return null
  return metric === 'availability' || metric === 'repairCostShareOfPrice' ? round(Number(value) * 100, 2) : Number(value)
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function hours(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : Number(value).toFixed(2)
}

/** A ratio 0…1 as a percentage, "99.38%"; a dash when there is none. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(Number(value) * 100).toFixed(2)}%`
}

export function money(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

export interface Bar {
  name: string
  value: number | null
}

/** The bars for rows: highest first for counts and costs, lowest first for availability and MTBF (the weak ones first). */
export function bars(rows: { name: string; figures: Figures }[], metric: Metric, limit = 20): Bar[] {
  const lowFirst = metric === 'availability' || metric === 'mtbfHours'
  return rows
    .map((r) => ({ name: r.name, value: metricValue(r.figures, metric) }))
    .filter((b) => b.value !== null)
    .sort((a, b) => (lowFirst ? a.value! - b.value! : b.value! - a.value!))
    .slice(0, limit)
}

/** One bar chart of a metric; the axis name carries the unit. */
export function barOption(data: Bar[], metricName: string, unit: string): BarOption {
  return {
    grid: { left: 56, right: 16, top: 32, bottom: 72 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}${unit}` },
    xAxis: { type: 'category', data: data.map((b) => b.name), axisLabel: { interval: 0, rotate: data.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: { type: 'value', name: unit ? `${metricName}（${unit}）` : metricName, nameTextStyle: { align: 'left' } },
    series: [{ type: 'bar', name: metricName, data: data.map((b) => b.value), barMaxWidth: 36, itemStyle: { color: '#409eff' } }],
  }
}
