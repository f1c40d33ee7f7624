import { useSession } from '../auth/session'
import { problemOf, ProblemError } from './problem'

/**
 * Every call of the portal goes through here, to the gateway (same origin). It adds the access token, refreshes it
 * once on a 401 and retries, sends the version it read as If-Match, and turns a failure into a ProblemError.
 * A 401 that a refresh does not cure sends the person to sign in again.
 */
export interface Call {
  method?: string
  body?: unknown
  /** the ETag of the version the change is based on; a stale one is answered 412 */
  ifMatch?: string
  headers?: Record<string, string>
  query?: Record<string, string | number | boolean | undefined | null | string[]>
  signal?: AbortSignal
}

export interface Answer<T> {
  data: T
  etag?: string
  status: number
  headers: Headers
}

export function withQuery(path: string, query?: Call['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v))
    else params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}

export async function send(path: string, call: Call = {}): Promise<Response> {
  const session = useSession()
  const attempt = async (): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...call.headers }
    const token = await session.accessToken()
    if (token) headers.Authorization = `Bearer ${token}`
    if (call.ifMatch) headers['If-Match'] = call.ifMatch
    let body: BodyInit | undefined
    if (call.body instanceof Blob || call.body instanceof FormData || typeof call.body === 'string') {
      body = call.body as BodyInit
    } else if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(call.body)
    }
    try {
      return await fetch(withQuery(path, call.query), { method: call.method ?? 'GET', headers, body, signal: call.signal })
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e
      throw new ProblemError(0, { title: 'Network error', detail: 'The platform could not be reached.' })
    }
  }
  let response = await attempt()
  if (response.status === 401 && (await session.refresh())) {
    response = await attempt()
  }
  if (response.status === 401) {
    await session.signIn(window.location.hash.replace(/^#/, '') || '/')
  }
  return response
}

export async function api<T = unknown>(path: string, call: Call = {}): Promise<Answer<T>> {
  const response = await send(path, call)
  if (!response.ok) throw await problemOf(response)
  const type = response.headers.get('Content-Type') ?? ''
  const data = (response.status === 204 || !type.includes('json') ? undefined : await response.json()) as T
  return { data, etag: response.headers.get('ETag') ?? undefined, status: response.status, headers: response.headers }
}

export const get = <T>(path: string, query?: Call['query']) => api<T>(path, { query }).then((a) => a.data)
export const post = <T>(path: string, body?: unknown, call: Call = {}) => api<T>(path, { ...call, method: 'POST', body })
export const put = <T>(path: string, body?: unknown, call: Call = {}) => api<T>(path, { ...call, method: 'PUT', body })
export const del = <T>(path: string, call: Call = {}) => api<T>(path, { ...call, method: 'DELETE' })

/** Fetches a file the API serves (a photo, a CSV) with the token, as an object URL the page can show or download. */
export async function blobUrl(path: string): Promise<string> {
  const response = await send(path, { headers: { Accept: '*/*' } })
  if (!response.ok) throw await problemOf(response)
  return URL.createObjectURL(await response.blob())
}
