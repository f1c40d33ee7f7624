import { onBeforeUnmount, onMounted, ref } from 'vue'

/** The time now, ticking every second while the calling component is mounted (for live countdowns). */
export function useNow(intervalMs = 1000) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now()
    }, intervalMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
