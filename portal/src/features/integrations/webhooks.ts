import { ProblemError } from '../../api/problem'

/** A subscription and its deliveries as notification-service's WebhooksController answers them. */
export interface Subscription {
  id: string
  url: string
  eventTypes: string[]
  communityIds: string[]
  createdAt: string
  /** only in the answer to the subscription's creation */
  secret?: string
}

export interface Attempt {
  at: string
  succeeded: boolean
  /** the endpoint's answer; null when there was none (timeout, refused connection) */
  httpStatus: number | null
  error: string | null
  durationMillis: number
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED'

export interface Delivery {
  id: string
  subscriptionId: string
  eventId: string
  eventType: string
  status: DeliveryStatus
  createdAt: string
  nextAttemptAt: string | null
  retryUntil: string | null
  attempts: Attempt[]
}

/**
 * The event types a webhook may subscribe to, by group (notification-service's Webhooks.SUBSCRIBABLE: every type of
 * platform/events' EventCatalog but security's, whose events carry people's data). The API does not list them; this
 * copy only suggests, the server decides (an unknown type is refused beside the field).
 */
export const EVENT_GROUPS: ReadonlyArray<{ group: 'ticket' | 'facility'; types: readonly string[] }> = [
  {
    group: 'ticket',
    types: [
      'created', 'accepted', 'dispatched', 'declined', 'taken', 'started', 'paused', 'resumed', 'quoted', 'quote-decided',
      'resolved', 'confirmed', 'reopened', 'revisited', 'closed', 'cancelled', 'archived', 'urged', 'urgency-changed',
      'due-soon', 'overdue', 'escalated',
    ].map((e) => `propertyops.ticket.${e}.v1`),
  },
  { group: 'facility', types: ['propertyops.facility.community-structure-changed.v1'] },
]

export const EVENT_TYPES: readonly string[] = EVENT_GROUPS.flatMap((g) => g.types)

/** The short name of a catalogued type, for its label: propertyops.ticket.quote-decided.v1 → quote-decided; else null. */
export function eventName(type: string): string | null {
  const m = /^propertyops\.(?:ticket|facility)\.([a-z-]+)\.v1$/.exec(type)
  return m && EVENT_TYPES.includes(type) ? m[1] : null
}

/** The form's fields the server may name in a problem. */
export type WebhookField = 'url' | 'eventTypes'

/** A problem to show beside a field: an i18n key (under integrations.webhooks.problem) when the code is known, else the server's message. */
export interface FieldProblem {
  key?: string
  params?: Record<string, string>
  message: string
}

const KNOWN: Record<string, string> = {
  'webhook-url-not-https': 'urlNotHttps',
  'webhook-url-invalid': 'urlInvalid',
  'webhook-url-internal': 'urlInternal',
  'webhook-url-unresolvable': 'urlUnresolvable',
  'webhook-event-type-unknown': 'eventTypesUnknown',
}

/** `eventTypes[0]` (a blank element) and `request.url` name the form's fields too. */
function formField(field: string): WebhookField | null {
  const name = field.replace(/\[\d+\]$/, '').replace(/^.*\./, '')
  return name === 'url' || name === 'eventTypes' ? name : null
}

/**
 * A failed subscription's problems placed on the form: each field's message (the server's rule codes read in the
 * person's language, the unknown event types listed), and what belongs to no field (e.g. webhook-no-community:
 * the administrator's token names no community) as `general`.
 */
export function formProblems(error: unknown): { fields: Partial<Record<WebhookField, FieldProblem>>; general: unknown } {
  if (!(error instanceof ProblemError)) return { fields: {}, general: error ?? null }
  const fields: Partial<Record<WebhookField, FieldProblem>> = {}
  let unplaced = false
  for (const e of error.fieldErrors) {
    const field = formField(e.field)
    if (!field) {
      unplaced = true
      continue
    }
    if (fields[field]) continue
    const key = error.code ? KNOWN[error.code] : undefined
    const problem: FieldProblem = { message: e.message }
    if (key) {
      problem.key = key
      if (key === 'eventTypesUnknown') problem.params = { types: listed(e.message) ?? '' }
    }
    fields[field] = problem
  }
  const placed = Object.keys(fields).length > 0
  return { fields, general: !placed || unplaced ? error : null }
}

/** The list the server names in "…: [a, b]", joined for reading; null when there is none. */
function listed(message: string): string | null {
  const m = /\[([^\]]*)\]\s*$/.exec(message)
  return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean).join(', ') : null
}

/** How long to wait before reading a subscription's delivery log again while it is open. */
export function pollDelay(deliveries: readonly Delivery[] | undefined, now: number): number {
  const soon = (deliveries ?? []).some((d) => d.status === 'PENDING'
    && (!d.nextAttemptAt || Date.parse(d.nextAttemptAt) - now < 60_000))
  return soon ? 2_000 : 10_000
}

/** An attempt's time to the second (attempts of one delivery are often seconds apart). */
export function attemptTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/** An attempt's error worth reading: none when it only repeats the HTTP status ("endpoint answered 500"). */
export function attemptError(a: Attempt): string | null {
  if (!a.error) return null
  return a.httpStatus !== null && a.error === `endpoint answered ${a.httpStatus}` ? null : a.error
}
