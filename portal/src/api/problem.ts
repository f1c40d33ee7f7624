/**
 * A problem document (RFC 9457) as the platform writes it: type, title, status, detail, a stable `code`, and for
 * validation errors `errors: [{field, message}]`. The portal shows the detail as a readable message and each
 * field error beside its field.
 */
export interface FieldError {
  field: string
  message: string
}

export class ProblemError extends Error {
  readonly status: number
  readonly title: string
  readonly detail?: string
  readonly code?: string
  readonly type?: string
  readonly fieldErrors: FieldError[]

  constructor(status: number, body: Partial<{ title: string; detail: string; code: string; type: string; errors: FieldError[] }>) {
    super(body.detail ?? body.title ?? `HTTP ${status}`)
    this.status = status
    this.title = body.title ?? statusTitle(status)
    this.detail = body.detail
    this.code = body.code
    this.type = body.type
    this.fieldErrors = Array.isArray(body.errors) ? body.errors.filter((e) => e && typeof e.field === 'string') : []
  }

  /** The message for one field (the last path segment also matches: `body.title` → `title`). */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.message
  }

  /** Field errors as a map, for a form's :error bindings. */
  get byField(): Record<string, string> {
    const map: Record<string, string> = {}
    for (const e of this.fieldErrors) {
      const key = e.field.includes('.') ? e.field.substring(e.field.lastIndexOf('.') + 1) : e.field
      map[key] ??= e.message
    }
    return map
  }
}

function statusTitle(status: number): string {
  if (status === 0) return 'Network error'
  if (status >= 500) return 'Service unavailable'
  return `HTTP ${status}`
}

/** Reads a failed response as a problem, whatever it carries (a problem document, other JSON, text or nothing). */
export async function problemOf(response: Response): Promise<ProblemError> {
  const text = await response.text().catch(() => '')
  let body: Record<string, unknown> = {}
  if (text) {
    try {
      const parsed = JSON.parse(text)
      if (parsed && typeof parsed === 'object') body = parsed
    } catch {
      body = {}
    }
  }
  return new ProblemError(response.status, body as ConstructorParameters<typeof ProblemError>[1])
}

/** One readable sentence for people: the detail when there is one, else the title. */
export function describe(error: unknown): string {
  if (error instanceof ProblemError) {
    const detail = error.detail && error.detail !== error.title ? error.detail : undefined
    return detail ? `${error.title}: ${detail}` : error.title
  }
  return error instanceof Error ? error.message : String(error)
}
