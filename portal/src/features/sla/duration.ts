/**
 * SLA allowances travel as ISO-8601 durations ("PT2H", "PT27H", "PT15M"); staff edit them as a number of hours or
 * minutes. Hours are working hours when the allowance counts working time, so there is deliberately no "days".
 */
export type DurationUnit = 'h' | 'm'

export interface Amount {
  amount: number | null
  unit: DurationUnit
}

const ISO = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/

/** Minutes in an ISO-8601 duration (days count 24 hours), or null when it is not one. */
export function isoMinutes(iso: string | null | undefined): number | null {
  if (!iso) return null
  const m = ISO.exec(iso.trim().toUpperCase())
  if (!m || iso.trim().toUpperCase() === 'P' || iso.trim().toUpperCase().endsWith('T')) return null
  const [, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)))
  return d * 1440 + h * 60 + min + s / 60
}

/** A duration as the editor shows it: whole hours as hours, anything else as minutes. */
export function toAmount(iso: string | null | undefined): Amount {
  const minutes = isoMinutes(iso)
  if (minutes === null) return { amount: null, unit: 'h' }
  if (minutes >= 60 && minutes % 60 === 0) return { amount: minutes / 60, unit: 'h' }
  return { amount: Math.round(minutes * 100) / 100, unit: 'm' }
}

/** What the editor holds, as an ISO-8601 duration in whole minutes ("PT1H30M", "PT0M" for zero); null when empty. */
export function toIso(value: Amount): string | null {
  if (value.amount === null || value.amount === undefined || Number.isNaN(value.amount)) return null
  const minutes = Math.round(value.unit === 'h' ? value.amount * 60 : value.amount)
  const sign = minutes < 0 ? '-' : ''
  const h = Math.floor(Math.abs(minutes) / 60)
  const m = Math.abs(minutes) % 60
  if (h === 0) return `PT${sign}${m}M`
  return m === 0 ? `PT${sign}${h}H` : `PT${sign}${h}H${sign}${m}M`
}
