import type { GeoPosition } from './types'

/**
 * Where the phone is, when the person lets the browser tell within a few seconds; null otherwise. The server does not
 * refuse a check-in without a position (GPS is unreliable in pump rooms and garages): it flags it for the supervisor.
 */
export function here(timeoutMs = 5000): Promise<GeoPosition | null> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve(null)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs + 500)
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer)
        resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude })
      },
      () => {
        clearTimeout(timer)
        resolve(null)
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    )
  })
}
