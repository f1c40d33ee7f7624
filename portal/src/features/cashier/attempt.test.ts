import { describe, expect, it } from 'vitest'
import { attempts, newKey } from './attempt'

describe('one Idempotency-Key per attempt to take money', () => {
  const body = { unitId: 'u-1', amount: '100.00', method: 'CASH', chargeIds: [] }

  it('sends the same key again for a repeat of the same payment (a double click, a retry)', () => {
    const a = attempts()
    const first = a.keyFor(body)
    expect(a.keyFor({ ...body })).toBe(first)
    expect(a.keyFor(JSON.parse(JSON.stringify(body)))).toBe(first)
  })

  it('starts a new attempt when what is paid changes, or after a payment went through', () => {
    const a = attempts()
    const first = a.keyFor(body)
    const changed = a.keyFor({ ...body, amount: '50.00' })
    expect(changed).not.toBe(first)
    a.done()
    expect(a.keyFor({ ...body, amount: '50.00' })).not.toBe(changed)
  })

  it('makes keys the API accepts', () => {
    const key = newKey()
    expect(key).toMatch(/^[A-Za-z0-9._:-]{1,100}$/)
    expect(newKey()).not.toBe(key)
  })
})
