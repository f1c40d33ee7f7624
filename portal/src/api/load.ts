import { ref, shallowRef, type Ref } from 'vue'

/**
 * What a page shows while it reads: loading, an error (a ProblemError, shown by PageState), empty, or the data.
 * `reload` reads again; `quiet` reads again without going back to the loading state (for live refreshes).
 */
export type LoadState = 'loading' | 'error' | 'empty' | 'ready'

export function useLoad<T>(read: () => Promise<T>, isEmpty: (data: T) => boolean = defaultEmpty) {
  const state = ref<LoadState>('loading')
  const data = shallowRef<T | undefined>(undefined) as Ref<T | undefined>
  const error = shallowRef<unknown>(null)
  let generation = 0

  async function run(quiet: boolean) {
    const mine = ++generation
    if (!quiet) state.value = 'loading'
    try {
      const value = await read()
      if (mine !== generation) return
      data.value = value
      error.value = null
      state.value = isEmpty(value) ? 'empty' : 'ready'
    } catch (e) {
      if (mine !== generation) return
      error.value = e
      state.value = 'error'
    }
  }

  return { state, data, error, reload: () => run(false), quiet: () => run(true) }
}

function defaultEmpty(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown[] }).items)) {
    return (data as { items: unknown[] }).items.length === 0
  }
  return data === undefined || data === null
}
