import { useI18n } from 'vue-i18n'
import { describe, ProblemError } from '../../api/problem'
import { fieldMessageKey, firstFieldMessage, problemKey } from './ledger'

/**
 * Problems in words: a problem whose code the ledger knows reads in the person's language, others as the server
 * wrote them; a field's message beside its field the same way.
 */
export function useProblemText() {
  const { t } = useI18n()

  function explain(error: unknown): string {
    if (!error) return ''
    const key = error instanceof ProblemError ? problemKey(error.code) : null
    return key ? t(key) : describe(error)
  }

  function field(action: { error: { value: unknown }; fieldError: (f: string) => string | undefined }, name: string): string | undefined {
    const error = action.error.value
    const all = error instanceof ProblemError
      ? error.fieldErrors.filter((e) => e.field === name || e.field.endsWith(`.${name}`)).map((e) => e.message) : []
    const message = firstFieldMessage(all) ?? action.fieldError(name)
    if (!message) return undefined
    const coded = error instanceof ProblemError ? problemKey(error.code) : null
    if (coded) return t(coded)
    const key = fieldMessageKey(message)
    return key ? t(key) : message
  }

  return { explain, field }
}
