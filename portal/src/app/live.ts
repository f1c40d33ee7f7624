import { defineStore } from 'pinia'
import { onBeforeUnmount, ref } from 'vue'
import { get } from '../api/http'
import { streamNotifications, type LiveNotification } from '../api/live'

/**
 * One live connection per signed-in tab: the unread count in the header and the notifications as they arrive,
 * which pages listen to (the service desk refreshes its queue when a new request is announced).
 */
type Listener = (n: LiveNotification) => void

export const useLive = defineStore('live', () => {
  const unread = ref(0)
  const connected = ref(false)
  const listeners = new Set<Listener>()
  let stop: (() => void) | null = null

  async function refreshUnread() {
    try {
      const page = await get<{ unread: number }>('/api/v1/me/notifications', { size: 1 })
      unread.value = page.unread
    } catch {
      /* the header keeps the last count */
    }
  }

  function start() {
    if (stop) return
    void refreshUnread()
    stop = streamNotifications(
      (n) => {
        unread.value += 1
        listeners.forEach((listener) => listener(n))
      },
      (up) => {
        connected.value = up
        if (up) void refreshUnread()
      },
    )
  }

  function end() {
    stop?.()
    stop = null
    connected.value = false
  }

  function subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  return { unread, connected, start, end, subscribe, refreshUnread }
})

/** Calls `listener` for each notification that arrives while the calling component is mounted. */
export function onNotification(listener: Listener) {
  const off = useLive().subscribe(listener)
  onBeforeUnmount(off)
}
