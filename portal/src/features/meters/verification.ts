import { dayOf } from './meters'

/** Whole days from today (the estates' calendar) to a date (YYYY-MM-DD): negative once it is past. */
export function daysUntil(date: string, now: number = Date.now()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${dayOf(now)}T00:00:00Z`)) / 86_400_000)
}

/** How a verification's expiry reads: red once expired, orange within 30 days (when the reminder goes), else green. */
export function verificationTone(expiresOn: string, now: number = Date.now()): 'danger' | 'warning' | 'success' {
  const left = daysUntil(expiresOn, now)
  return left < 0 ? 'danger' : left <= 30 ? 'warning' : 'success'
}
