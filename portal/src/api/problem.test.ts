import { describe, expect, it } from 'vitest'
import { describe as describeError, problemOf, ProblemError } from './problem'

const problem = (status: number, body: unknown, type = 'application/problem+json') =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': type } })

describe('problem documents', () => {
  it('reads a validation problem with its field errors', async () => {
    const error = await problemOf(problem(400, {
      type: 'https://propertyops.io/problems/validation', title: 'Invalid request', status: 400,
      detail: 'title: must not be blank', code: 'validation',
      errors: [{ field: 'title', message: 'must not be blank' }, { field: 'body.urgency', message: 'unknown value' }],
    }))
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.status).toBe(400)
    expect(error.fieldMessage('title')).toBe('must not be blank')
    expect(error.fieldMessage('urgency')).toBe('unknown value')
    expect(error.byField).toEqual({ title: 'must not be blank', urgency: 'unknown value' })
    expect(describeError(error)).toBe('Invalid request: title: must not be blank')
  })

  it('keeps a readable title when the body is not a problem', async () => {
    const error = await problemOf(problem(502, '<html>bad gateway</html>', 'text/html'))
    expect(error.title).toBe('Service unavailable')
    expect(error.fieldErrors).toEqual([])
    expect(describeError(error)).toBe('Service unavailable')
  })

  it('shows only the title when the detail repeats it', async () => {
    const error = await problemOf(problem(409, { title: 'Conflict', detail: 'Conflict' }))
    expect(describeError(error)).toBe('Conflict')
  })
})
