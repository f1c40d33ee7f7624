import { describe, expect, it } from 'vitest'
import { deadlineState } from './countdown'

const now = Date.parse('2026-12-07T10:00:00Z')
const due = (iso: string, metAt: string | null = null) => ({ due: iso, counting: 'ELAPSED', metAt })

describe('deadline countdown', () => {
  it('counts down an open deadline and warns within 30 minutes', () => {
    expect(deadlineState(due('2026-12-07T11:00:00Z'), now)).toEqual({ kind: 'open', remainingMs: 3_600_000, dueSoon: false })
    expect(deadlineState(due('2026-12-07T10:30:00Z'), now)).toEqual({ kind: 'open', remainingMs: 1_800_000, dueSoon: true })
  })

  it('turns overdue the moment the due time passes', () => {
    expect(deadlineState(due('2026-12-07T10:00:00Z'), now).kind).toBe('open')
    expect(deadlineState(due('2026-12-07T09:59:59Z'), now)).toEqual({ kind: 'overdue', overByMs: 1000 })
  })

  it('stands still while the work order is on hold, but a passed deadline stays overdue', () => {
    expect(deadlineState(due('2026-12-07T10:10:00Z'), now, true)).toEqual({ kind: 'paused', remainingMs: 600_000 })
    expect(deadlineState(due('2026-12-07T09:50:00Z'), now, true).kind).toBe('overdue')
  })

  it('tells a met deadline on time from a late one', () => {
    expect(deadlineState(due('2026-12-07T10:00:00Z', '2026-12-07T09:40:00Z'), now)).toEqual({ kind: 'met', late: false, byMs: 1_200_000 })
    expect(deadlineState(due('2026-12-07T09:00:00Z', '2026-12-07T09:05:00Z'), now)).toEqual({ kind: 'met', late: true, byMs: 300_000 })
  })
})
