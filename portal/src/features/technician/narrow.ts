import { onBeforeUnmount, ref } from 'vue'

/** Whether the screen is phone-sized (the shell's own breakpoint), following rotation and resizing. */
export function useNarrow(query = '(max-width: 768px)') {
  const media = window.matchMedia(query)
  const narrow = ref(media.matches)
  const change = (e: MediaQueryListEvent) => {
    narrow.value = e.matches
  }
  media.addEventListener('change', change)
  onBeforeUnmount(() => media.removeEventListener('change', change))
  return narrow
}
