import { useI18n } from 'vue-i18n'
import { describe, ProblemError } from '../../api/problem'

/**
 * Problems in words: a code plans, routes and rounds answer (tag-mismatch, point-checked, invalid-schedule…) reads in
 * the person's language with the server's detail after it (which item, which field); others as the server wrote them.
 */
export const KNOWN_PROBLEMS = [
  'tag-mismatch', 'point-checked', 'round-closed', 'invalid-answer', 'invalid-schedule', 'invalid-plan', 'unknown-route',
  'invalid-checklist', 'invalid-route', 'invalid-window', 'plan-kind-fixed', 'stale-version', 'busy', 'invalid-range',
  'not-maintenance', 'task-closed', 'too-many-corrections',
] as const

export function problemKey(code: string | undefined): string | null {
  return code && (KNOWN_PROBLEMS as readonly string[]).includes(code) ? `rounds.problem.${code}` : null
}

export function useProblemText() {
  const { t } = useI18n()

  function explain(error: unknown): string {
    if (!error) return ''
    if (error instanceof ProblemError) {
      if (error.status === 412) return t('rounds.problem.stale')
      if (error.status === 403) return t('rounds.problem.forbidden')
      const key = problemKey(error.code)
      if (key) return error.detail ? `${t(key)}（${error.detail}）` : t(key)
    }
    return describe(error)
  }

  return { explain }
}

/**
 * The problem to show above a form: none when every field it names is shown beside its field in this form (those
 * fields' last segments), else the whole problem (a rule about the plan as a whole, a conflict, an outage).
 */
export function unboundProblem(error: unknown, shownFields: readonly string[]): unknown {
  if (!(error instanceof ProblemError) || error.fieldErrors.length === 0) return error
  const last = (f: string) => (f.includes('.') ? f.substring(f.lastIndexOf('.') + 1) : f)
  return error.fieldErrors.every((e) => shownFields.includes(last(e.field)) || shownFields.includes(e.field)) ? null : error
}
