/**
 * Editing the business calendar's date lists (public holidays, 调休 make-up working days): ISO dates
 * ("2026-10-01"), kept sorted and unique, grouped by year for showing, and the dates that are in both lists, which
 * the server refuses.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

export function addDate(list: readonly string[], date: string): string[] {
  if (!isIsoDate(date) || list.includes(date)) return [...list]
  return [...list, date].sort()
}

export function removeDate(list: readonly string[], date: string): string[] {
  return list.filter((d) => d !== date)
}

/** Adds every date from `from` to `to` inclusive (a holiday of several days), at most 31. */
export function addRange(list: readonly string[], from: string, to: string): string[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [...list]
  const [start, end] = from <= to ? [from, to] : [to, from]
  let result = [...list]
  const day = new Date(`${start}T00:00:00Z`)
  for (let i = 0; i < 31; i++) {
    const iso = day.toISOString().substring(0, 10)
    if (iso > end) break
    result = addDate(result, iso)
    day.setUTCDate(day.getUTCDate() + 1)
  }
  return result
}

export function byYear(list: readonly string[]): [string, string[]][] {
  const years = new Map<string, string[]>()
  for (const date of [...list].sort()) {
    const year = date.substring(0, 4)
    years.set(year, [...(years.get(year) ?? []), date])
  }
  return [...years.entries()]
}

export function conflicts(holidays: readonly string[], makeUpDays: readonly string[]): string[] {
  const set = new Set(holidays)
  return makeUpDays.filter((d) => set.has(d)).sort()
}

/** "HH:mm" times compare as text; a day's hours must open before they close. */
export function hoursValid(opens: string, closes: string): boolean {
  return /^\d{2}:\d{2}$/.test(opens) && /^\d{2}:\d{2}$/.test(closes) && opens < closes
}
