/** How times and durations read in the portal (the browser's time zone; the estates are in China Standard Time). */
export function formatTime(iso: string | undefined | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A duration in milliseconds as "2h 05m", "12m 30s" or "45s"; negative durations keep their sign. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  let s = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(s / 86400)
  s -= d * 86400
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const pad = (n: number) => String(n).padStart(2, '0')
  if (d > 0) return `${sign}${d}d ${pad(h)}h`
  if (h > 0) return `${sign}${h}h ${pad(m)}m`
  if (m > 0) return `${sign}${m}m ${pad(s)}s`
  return `${sign}${s}s`
}
