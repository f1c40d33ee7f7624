/**
 * ISO 8601 durations as the platform sends them (Java's Duration: PT2H30M, PT72H; P3D is read too), in whole
 * minutes for the forms, and back. A number is read as seconds, in case a service writes durations as numbers.
 */
export function minutesOf(duration: string | number | null | undefined): number | null {
  if (duration === null || duration === undefined || duration === '') return null
  if (typeof duration === 'number') return Math.round(duration / 60)
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration.trim())
  if (!m) return null
  const [, sign, d, h, min, s] = m
  const total = Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(min ?? 0) + Math.round(Number(s ?? 0) / 60)
  return sign ? -total : total
}

/** Whole minutes as an ISO duration: PT0S, PT45M, PT2H, PT26H30M (hours never folded into days, as Java writes). */
export function isoOfMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  if (whole === 0) return 'PT0S'
  const h = Math.floor(whole / 60)
  const m = whole % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`
}

/** A duration in words: 1天2小时, 45分钟 / 1 d 2 h, 45 min. */
export function durationWords(minutes: number | null, units: { d: string; h: string; m: string }): string {
  if (minutes === null) return '—'
  if (minutes === 0) return `0${units.m}`
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  return [d ? `${d}${units.d}` : '', h ? `${h}${units.h}` : '', m ? `${m}${units.m}` : ''].filter(Boolean).join(' ')
}

/** A time of day as HH:mm (the API may send 08:00:00). */
export function hhmm(time: string | null | undefined): string {
  return time ? time.substring(0, 5) : ''
}

/** The split of whole minutes into the form's days / hours / minutes fields, and back. */
export interface DurationParts {
  days: number
  hours: number
  minutes: number
}

export function partsOf(minutes: number | null): DurationParts {
  const total = Math.max(0, minutes ?? 0)
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 }
}

export function minutesOfParts(parts: DurationParts): number {
  return (parts.days || 0) * 1440 + (parts.hours || 0) * 60 + (parts.minutes || 0)
}
