import { useSession } from '../auth/session'

/**
 * The caller's notifications as they arrive: the platform's Server-Sent Events stream read with fetch, because
 * EventSource cannot send the access token. It reconnects (with a fresh token) when the stream ends or breaks,
 * until stopped.
 */
export interface LiveNotification {
  id: string
  kind: string
  title: string
  body: string
  subjectType?: string
  subjectId?: string
  createdAt?: string
  [key: string]: unknown
}

export interface SseEvent {
  event: string
  id?: string
  data: string
}

/** Splits a chunk of an event stream into complete events; the unfinished rest is returned to prepend to the next chunk. */
export function parseEvents(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = []
  const normalised = buffer.replace(/\r\n?/g, '\n')
  const blocks = normalised.split('\n\n')
  const rest = blocks.pop() ?? ''
  for (const block of blocks) {
    let event = 'message'
    let id: string | undefined
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.substring(0, colon)
      const value = colon < 0 ? '' : line.substring(colon + 1).replace(/^ /, '')
      if (field === 'event') event = value
      else if (field === 'id') id = value
      else if (field === 'data') data.push(value)
    }
    if (data.length > 0) events.push({ event, id, data: data.join('\n') })
  }
  return { events, rest }
}

export function streamNotifications(onNotification: (n: LiveNotification) => void,
                                    onState: (connected: boolean) => void = () => {}): () => void {
  const session = useSession()
  let stopped = false
  let controller: AbortController | null = null
  let retryMs = 1000

  const connect = async () => {
    while (!stopped) {
      controller = new AbortController()
      try {
        const token = await session.accessToken()
        if (!token) return
        const response = await fetch('/api/v1/me/notifications/stream', {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
          signal: controller.signal,
        })
        if (response.status === 401) {
          if (!(await session.refresh())) return
          continue
        }
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`)
        onState(true)
        retryMs = 1000
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          const parsed = parseEvents(buffer + value)
          buffer = parsed.rest
          for (const e of parsed.events) {
            if (e.event !== 'notification') continue
            try {
              onNotification(JSON.parse(e.data))
            } catch {
              /* a malformed event is skipped, the stream goes on */
            }
          }
        }
      } catch (e) {
        if (stopped) return
      }
      onState(false)
      if (stopped) return
      await new Promise((resolve) => setTimeout(resolve, retryMs))
      retryMs = Math.min(retryMs * 2, 30_000)
    }
  }
  void connect()
  return () => {
    stopped = true
    controller?.abort()
  }
}
