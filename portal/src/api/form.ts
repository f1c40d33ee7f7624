import { computed, shallowRef } from 'vue'
import { ProblemError } from './problem'

/**
 * An action that may fail with a problem: `run` calls it, remembers the problem, and `fieldError(name)` gives the
 * message to show beside a field (bind it to el-form-item's :error).
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>) {
  const busy = shallowRef(false)
  const error = shallowRef<unknown>(null)
  const fields = computed(() => (error.value instanceof ProblemError ? error.value.byField : {}))

  async function run(...args: A): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await action(...args)
    } catch (e) {
      error.value = e
      return undefined
    } finally {
      busy.value = false
    }
  }

  return {
    busy,
    error,
    run,
    fieldError: (name: string): string | undefined => fields.value[name],
    /** the problem when it is not only about fields (shown above the form) */
    generalError: computed(() => (error.value instanceof ProblemError && error.value.fieldErrors.length > 0 ? null : error.value)),
    clear: () => {
      error.value = null
    },
  }
}
