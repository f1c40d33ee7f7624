import { describe, expect, it } from 'vitest'
import { ProblemError } from '../../api/problem'
import { fieldKey, fieldProblem, problemKey } from './problems'

const problem = (status: number, code?: string, errors?: { field: string; message: string }[]) =>
  new ProblemError(status, { title: 't', code, errors })

describe('billing problems in words', () => {
  it('says a refused decision in words: the requester (409 own-request), a role that does not decide the kind (403)', () => {
    expect(problemKey(problem(409, 'own-request'), { deciding: true })).toBe('cashier.problem.own-request')
    expect(problemKey(problem(403, 'forbidden'), { deciding: true })).toBe('cashier.problem.decideForbidden')
    expect(problemKey(problem(403, 'forbidden'))).toBe('cashier.problem.forbidden')
    expect(problemKey(problem(412, 'stale-version'))).toBe('cashier.problem.stale-version')
    expect(problemKey(problem(412))).toBe('cashier.problem.stale-version')
  })

  it('tells the cashier a lost answer may have taken the money, and pressing again takes it once', () => {
    expect(problemKey(problem(0), { paying: true })).toBe('cashier.problem.unsure')
    expect(problemKey(problem(504), { paying: true })).toBe('cashier.problem.unsure')
    expect(problemKey(problem(0))).toBeNull()
    expect(problemKey(problem(503, 'receipt-font-missing'), { paying: true })).toBe('cashier.problem.receipt-font-missing')
  })

  it('shows the server\'s words for what it does not know', () => {
    expect(problemKey(problem(409, 'something-new'))).toBeNull()
    expect(problemKey(new Error('x'))).toBeNull()
  })

  it('puts field messages beside their fields, in words', () => {
    const t = (k: string) => `[${k}]`
    const invalid = problem(400, 'validation-failed', [{ field: 'reason', message: 'must not be blank' }, { field: 'amount', message: 'odd' }])
    expect(fieldProblem(invalid, 'reason', t)).toBe('[cashier.err.required]')
    expect(fieldProblem(invalid, 'amount', t)).toBe('odd')
    expect(fieldProblem(invalid, 'note', t)).toBeUndefined()
    expect(fieldProblem(problem(422, 'exceeds-outstanding', [{ field: 'amount', message: 'Charge x owes 1.00' }]), 'amount', t))
      .toBe('[cashier.problem.exceeds-outstanding]')
    expect(fieldKey('must match "[0-9]+"')).toBe('format')
  })
})
