import { formatFen, shiftDecimal, sumFen, toFen } from './money'
import type { ChartOption } from './echarts'
import type { CollectionMonth, Figures } from './types'

/**
 * The collection report (收缴情况) as the page draws it: receivable and collected as bars (yuan, from whole fen), the
 * collection rate as a line (percent, on its own axis); the totals of the months in fen; rows of a review by fee
 * item or building.
 */
export interface ChartLabels {
  receivable: string
  collected: string
  rate: string
  yuan: string
}

const yuanOf = (amount: string) => (toFen(amount) ?? 0) / 100

/**
 * A month's collection rate, or null when nothing was due in it (the API says 1.0000 then: a rate of 100% where
 * nothing was billed would read as full collection).
 */
export function monthRate(m: Pick<CollectionMonth, 'receivable' | 'reduced' | 'collectionRate'>): string | null {
  return (toFen(m.receivable) ?? 0) - (toFen(m.reduced) ?? 0) > 0 ? m.collectionRate : null
}

const percentOf = (share: string | null) => (share === null ? null : Number(shiftDecimal(share, 2) ?? 0))

export function collectionChart(months: readonly CollectionMonth[], labels: ChartLabels): ChartOption {
  const money = (value: unknown) => formatFen(Math.round(Number(value) * 100))
  return {
    grid: { left: 64, right: 56, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: labels.yuan, axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') } },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: labels.receivable, type: 'bar', data: months.map((m) => yuanOf(m.receivable)), tooltip: { valueFormatter: money }, barMaxWidth: 28 },
      { name: labels.collected, type: 'bar', data: months.map((m) => yuanOf(m.collected)), tooltip: { valueFormatter: money }, barMaxWidth: 28 },
      {
        name: labels.rate, type: 'line', yAxisIndex: 1, data: months.map((m) => percentOf(monthRate(m))), connectNulls: false,
        tooltip: { valueFormatter: (v) => (v === null || v === undefined || v === '-' ? '—' : `${Number(v).toFixed(2)}%`) }, smooth: false,
      },
    ],
  } as ChartOption
}

export interface Totals {
  receivable: number
  reduced: number
  collected: number
  outstanding: number
  /** collected ÷ (receivable − reduced) as a share text with 4 places; null when nothing was due */
  rate: string | null
}

/** The months added up in fen, with their rate over the whole range. */
export function totalsOf(months: readonly CollectionMonth[]): Totals {
  const receivable = sumFen(months.map((m) => m.receivable))
  const reduced = sumFen(months.map((m) => m.reduced))
  const collected = sumFen(months.map((m) => m.collected))
  const outstanding = sumFen(months.map((m) => m.outstanding))
  return { receivable, reduced, collected, outstanding, rate: receivable - reduced > 0 ? shareOf(collected, receivable - reduced) : null }
}

/** A share of two amounts in fen, to 4 places, rounded half up, in integers ("0.1898"). */
export function shareOf(part: number, whole: number): string {
  if (whole <= 0) return '1.0000'
  const tenThousandths = Math.floor((part * 10000 * 2 + whole) / (whole * 2))
  return `${Math.floor(tenThousandths / 10000)}.${String(tenThousandths % 10000).padStart(4, '0')}`
}

export interface FigureRow extends Figures {
  key: string
  name: string
}

/** A review's figures by key as rows, the largest receivable first. */
export function figureRows(figures: Record<string, Figures>, nameOf: (key: string) => string): FigureRow[] {
  return Object.entries(figures)
    .map(([key, f]) => ({ ...f, key, name: nameOf(key) }))
    .sort((a, b) => (toFen(b.receivable) ?? 0) - (toFen(a.receivable) ?? 0) || a.name.localeCompare(b.name, 'zh-CN'))
}
