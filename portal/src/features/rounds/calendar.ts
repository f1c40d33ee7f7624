import type { CalendarEntry } from './types'

/**
 * The plan calendar (计划日历): a month as weeks from Monday, the range the calendar API is asked for, the
 * occurrences by day, how each reads (done, open, overdue, planned), and each plan's next occurrence.
 */
export interface CalendarDay {
  date: string
  day: number
  inMonth: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

/** The month of a day, YYYY-MM. */
export function monthOf(date: string): string {
  return date.substring(0, 7)
}

/** The month so many months after (or before) this one, YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y, m - 1 + by, 1))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
}

/** The first and last day of a month (at most 31 days: within the calendar API's 62). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  return { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) }
}

/** The weeks (Monday first) that show a month, with the days of the months around it to fill them. */
export function monthGrid(month: string): CalendarDay[][] {
  const [y, m] = month.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1, 1))
  const back = (first.getUTCDay() + 6) % 7
  const start = new Date(Date.UTC(y, m - 1, 1 - back))
  const weeks: CalendarDay[][] = []
  const cursor = new Date(start)
  do {
    const week: CalendarDay[] = []
    for (let i = 0; i < 7; i++) {
      week.push({ date: iso(cursor), day: cursor.getUTCDate(), inMonth: cursor.getUTCMonth() === m - 1 })
      cursor.setUTCDate(cursor.getUTCDate() + 1)
    }
    weeks.push(week)
  } while (cursor.getUTCMonth() === m - 1)
  return weeks
}

export function byDate(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const map = new Map<string, CalendarEntry[]>()
  for (const e of entries) {
    const list = map.get(e.date) ?? []
    list.push(e)
    map.set(e.date, list)
  }
  for (const list of map.values()) list.sort((a, b) => a.windowStart.localeCompare(b.windowStart) || a.planName.localeCompare(b.planName))
  return map
}

/** How an occurrence stands: planned (not generated yet), open, done, cancelled, or overdue (open past its window). */
export type EntryStanding = 'PLANNED' | 'OPEN' | 'OVERDUE' | 'DONE' | 'CANCELLED'

export function standing(e: CalendarEntry, now: Date = new Date()): EntryStanding {
  if (!e.generated) return 'PLANNED'
  if (e.status === 'DONE') return 'DONE'
  if (e.status === 'CANCELLED') return 'CANCELLED'
  return new Date(e.windowEnd).getTime() < now.getTime() ? 'OVERDUE' : 'OPEN'
}

export const STANDING_TONE: Record<EntryStanding, 'info' | 'primary' | 'danger' | 'success' | 'warning'> = {
  PLANNED: 'info', OPEN: 'primary', OVERDUE: 'danger', DONE: 'success', CANCELLED: 'warning',
}

/** Each plan's next occurrence whose window has not closed, from calendar entries (as the plan list shows it). */
export function nextOccurrences(entries: readonly CalendarEntry[], now: Date = new Date()): Map<string, CalendarEntry> {
  const next = new Map<string, CalendarEntry>()
  for (const e of entries) {
    if (new Date(e.windowEnd).getTime() <= now.getTime()) continue
    if (e.status === 'DONE' || e.status === 'CANCELLED') continue
    const seen = next.get(e.planId)
    if (!seen || e.windowStart < seen.windowStart) next.set(e.planId, e)
  }
  return next
}

/** A day so many days after this one, YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return iso(new Date(Date.UTC(y, m - 1, d + days)))
}
