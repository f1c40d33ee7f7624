/**
 * The KPI period as the person picks it (whole days in the browser's time zone, both ends included) and as the
 * API reads it (`from` inclusive, `to` exclusive, instants). The shortcuts end today.
 */
export type Shortcut = 'today' | 'last7' | 'last30' | 'thisMonth'
export const SHORTCUTS: readonly Shortcut[] = ['today', 'last7', 'last30', 'thisMonth']

/** The API refuses longer periods (422). */
export const MAX_DAYS = 366

export type DayRange = [Date, Date]

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate())
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)
}

/** The days a shortcut stands for, as the date picker shows them (first and last day, both at midnight). */
export function shortcutRange(shortcut: Shortcut, now: Date = new Date()): DayRange {
  const today = startOfDay(now)
  switch (shortcut) {
    case 'today':
      return [today, today]
    case 'last7':
      return [addDays(today, -6), today]
    case 'last30':
      return [addDays(today, -29), today]
    case 'thisMonth':
      return [new Date(today.getFullYear(), today.getMonth(), 1), today]
  }
}

/** How many days the range covers, both ends included. */
export function dayCount([first, last]: DayRange): number {
  const a = startOfDay(first)
  const b = startOfDay(last)
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000) + 1
}

/** The period the API is asked for: from the first day's midnight to the midnight after the last day. */
export function apiPeriod([first, last]: DayRange): { from: string; to: string } {
  return { from: startOfDay(first).toISOString(), to: addDays(last, 1).toISOString() }
}

/** A range as yyyy-mm-dd…yyyy-mm-dd (for file names and captions). */
export function rangeLabel([first, last]: DayRange): string {
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return first.getTime() === last.getTime() || day(first) === day(last) ? day(first) : `${day(first)}_${day(last)}`
}
