import { useI18n } from 'vue-i18n'
import { describe, ProblemError } from '../../api/problem'

/**
 * Problems in words for the findings and meters pages: a problem whose code the page knows reads in the person's
 * language (`<feature>.problem.<code>`) — pages show it above the form even when the server also named a field, as
 * it does for rules such as approver-is-reader — and Bean Validation's messages beside their fields read as "必填",
 * "格式不正确"… The server's own sentence is shown for anything else.
 */
export function codeKey(feature: string, known: readonly string[], error: unknown): string | null {
  const code = error instanceof ProblemError ? error.code : undefined
  return code && known.includes(code) ? `${feature}.problem.${code}` : null
}

/** The shared key of a field message people should read in their language, or null to show it as the server wrote it. */
export function fieldMessageKey(message: string): 'required' | 'format' | 'length' | 'range' | null {
  if (/^must not be (blank|null|empty)$/.test(message) || /^不能为(空|null)$/.test(message)) return 'required'
  if (/^must match /.test(message) || /^需要匹配正则表达式/.test(message)) return 'format'
  if (/^size must be between /.test(message) || /^个数必须在/.test(message)) return 'length'
  if (/^must be (greater|less) than/.test(message) || /^numeric value out of bounds/.test(message)
    || /^(必须|最[大小]不能)/.test(message) || /^数字的值超出了允许范围/.test(message)) return 'range'
  return null
}

/** The messages the server gave one field (`location.id` matches `id` and `location.id`), required first. */
export function fieldMessages(error: unknown, name: string): string[] {
  if (!(error instanceof ProblemError)) return []
  const all = error.fieldErrors
    .filter((e) => e.field === name || e.field.endsWith(`.${name}`) || e.field.startsWith(`${name}.`) || e.field.startsWith(`${name}[`))
    .map((e) => e.message)
  return [...all.filter((m) => fieldMessageKey(m) === 'required'), ...all.filter((m) => fieldMessageKey(m) !== 'required')]
}

export function useProblemText(feature: string, known: readonly string[]) {
  const { t } = useI18n()

  /** The problem as one sentence: known codes in the person's language, others as the server said them. */
  function explain(error: unknown): string {
    if (!error) return ''
    const key = codeKey(feature, known, error)
    return key ? t(key) : describe(error)
  }

  /**
   * The message beside one field: a coded rule's sentence (reason-required beside the reason), else Bean Validation's
   * message in words.
   */
  function field(error: unknown, name: string): string | undefined {
    const message = fieldMessages(error, name)[0]
    if (!message) return undefined
    const coded = error instanceof ProblemError && error.code !== 'validation-failed' ? codeKey(feature, known, error) : null
    if (coded) return t(coded)
    const key = fieldMessageKey(message)
    return key ? t(`${feature}.err.${key}`) : message
  }

  return { explain, field }
}
