import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { ProblemError } from '../../api/problem'
import integrations from './index'
import { attemptError, EVENT_TYPES, eventName, formProblems, pollDelay, type Delivery } from './webhooks'

const problem = (status: number, code: string, errors: { field: string; message: string }[]) =>
  new ProblemError(status, { title: 'Unprocessable Content', detail: errors[0]?.message, code, errors })

describe('a refused subscription placed on the form', () => {
  it('reads a refused URL by its code, beside the url field', () => {
    const { fields, general } = formProblems(problem(422, 'webhook-url-not-https', [{ field: 'url', message: 'url must be an https URL' }]))
    expect(fields.url).toEqual({ key: 'urlNotHttps', message: 'url must be an https URL' })
    expect(fields.eventTypes).toBeUndefined()
    expect(general).toBeNull()
  })

  it('lists the unknown event types beside the event types field', () => {
    const { fields } = formProblems(problem(422, 'webhook-event-type-unknown', [
      { field: 'eventTypes', message: 'not event types a webhook can subscribe to: [nope, propertyops.security.person-updated.v1]' }]))
    expect(fields.eventTypes?.key).toBe('eventTypesUnknown')
    expect(fields.eventTypes?.params).toEqual({ types: 'nope, propertyops.security.person-updated.v1' })
  })

  it('keeps the validation messages (already in the person\'s language), a blank element naming its list', () => {
    const { fields, general } = formProblems(problem(400, 'validation-failed', [
      { field: 'eventTypes[1]', message: '不能为空' }, { field: 'url', message: '不能为空' }]))
    expect(fields).toEqual({ eventTypes: { message: '不能为空' }, url: { message: '不能为空' } })
    expect(general).toBeNull()
  })

  it('leaves what belongs to no field of the form above it', () => {
    const error = problem(422, 'webhook-no-community', [{ field: 'communityIds', message: 'the client\'s token names no community' }])
    expect(formProblems(error)).toEqual({ fields: {}, general: error })
    const down = new ProblemError(503, { title: 'Service unavailable' })
    expect(formProblems(down).general).toBe(down)
    expect(formProblems(null)).toEqual({ fields: {}, general: null })
  })
})

describe('event types', () => {
  it('names the catalogue\'s types only, security\'s left out', () => {
    expect(eventName('propertyops.ticket.quote-decided.v1')).toBe('quote-decided')
    expect(eventName('propertyops.facility.community-structure-changed.v1')).toBe('community-structure-changed')
    expect(eventName('propertyops.ticket.teleported.v1')).toBeNull()
    expect(EVENT_TYPES.some((e) => e.includes('.security.'))).toBe(false)
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length)
  })

  it('has a label for each in both languages, read by vue-i18n (hyphenated keys included)', () => {
    const messages: Record<string, Record<string, unknown>> = {
      'zh-CN': { integrations: integrations.messages['zh-CN'] }, en: { integrations: integrations.messages.en } }
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: messages as never })
    const { t, te } = i18n.global as unknown as { t: (key: string) => string; te: (key: string, locale: string) => boolean }
    for (const type of EVENT_TYPES) {
      const key = `integrations.webhooks.events.${eventName(type)}`
      expect(te(key, 'zh-CN'), key).toBe(true)
      expect(te(key, 'en'), key).toBe(true)
    }
    expect(t('integrations.webhooks.events.quote-decided')).toBe('业主确认/拒绝报价')
  })
})

describe('the delivery log', () => {
  const delivery = (status: Delivery['status'], nextAttemptAt: string | null): Delivery => ({
    id: 'd', subscriptionId: 's', eventId: 'e', eventType: 'propertyops.ticket.created.v1', status,
    createdAt: '2026-12-07T10:00:00Z', nextAttemptAt, retryUntil: '2026-12-08T11:00:00Z', attempts: [],
  })
  const now = Date.parse('2026-12-07T10:00:00Z')

  it('is read again soon while a delivery is about to be tried, seldom otherwise', () => {
    expect(pollDelay([delivery('PENDING', '2026-12-07T10:00:30Z')], now)).toBe(2_000)
    expect(pollDelay([delivery('PENDING', '2026-12-07T10:30:00Z'), delivery('DELIVERED', null)], now)).toBe(10_000)
    expect(pollDelay([], now)).toBe(10_000)
    expect(pollDelay(undefined, now)).toBe(10_000)
  })

  it('shows an attempt\'s error unless it only repeats the HTTP status', () => {
    const base = { at: '2026-12-07T10:00:00Z', succeeded: false, durationMillis: 12 }
    expect(attemptError({ ...base, httpStatus: 500, error: 'endpoint answered 500' })).toBeNull()
    expect(attemptError({ ...base, httpStatus: null, error: 'java.net.ConnectException: Connection refused' })).toMatch(/refused/)
    expect(attemptError({ ...base, succeeded: true, httpStatus: 200, error: null })).toBeNull()
  })
})

describe('texts of the integrations feature', () => {
  const keys = (messages: unknown, prefix = ''): string[] =>
    typeof messages !== 'object' || messages === null ? [prefix]
      : Object.entries(messages).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key)).sort()

  it('has the same keys in zh-CN and en', () => {
    expect(keys(integrations.messages.en)).toEqual(keys(integrations.messages['zh-CN']))
  })
})
