import { describe, expect, it } from 'vitest'
import { ProblemError } from '../../api/problem'
import { codeKey, fieldMessageKey, fieldMessages } from './problems'

describe('problems in words', () => {
  const rule = new ProblemError(422, {
    title: 'Unprocessable Content', detail: 'Someone other than the reader decides about a held reading', code: 'approver-is-reader',
    errors: [{ field: 'approver', message: 'Someone other than the reader decides about a held reading' }],
  })

  it('reads a known code in the person’s language though the server named a field too', () => {
    expect(codeKey('meters', ['approver-is-reader'], rule)).toBe('meters.problem.approver-is-reader')
    expect(codeKey('meters', ['photo-required'], rule)).toBeNull()
    expect(codeKey('meters', ['approver-is-reader'], new Error('x'))).toBeNull()
  })

  it('finds a field’s messages by its name, nested or not, required first', () => {
    const invalid = new ProblemError(400, {
      code: 'validation-failed',
      errors: [
        { field: 'location.id', message: 'size must be between 0 and 64' },
        { field: 'location.id', message: 'must not be blank' },
        { field: 'apportioning.units[0].areaSqm', message: 'must be greater than or equal to 0.01' },
        { field: 'title', message: 'must not be blank' },
      ],
    })
    expect(fieldMessages(invalid, 'location')).toEqual(['must not be blank', 'size must be between 0 and 64'])
    expect(fieldMessages(invalid, 'id')[0]).toBe('must not be blank')
    expect(fieldMessages(invalid, 'apportioning')).toEqual(['must be greater than or equal to 0.01'])
    expect(fieldMessages(invalid, 'detail')).toEqual([])
  })

  it('tells Bean Validation’s messages in English and Chinese', () => {
    expect(fieldMessageKey('must not be blank')).toBe('required')
    expect(fieldMessageKey('不能为空')).toBe('required')
    expect(fieldMessageKey('must match "[a-z0-9-]{2,40}"')).toBe('format')
    expect(fieldMessageKey('size must be between 0 and 120')).toBe('length')
    expect(fieldMessageKey('must be greater than or equal to 1')).toBe('range')
    expect(fieldMessageKey('The community has a meter with serial X')).toBeNull()
  })
})
