import { describe, expect, it } from 'vitest'
import { batchActions, standingOf, totalsByMethod } from './batches'
import type { CashierBatch } from './types'

const batch = (over: Partial<CashierBatch>): CashierBatch => ({
  id: 'CB-1', communityId: 'c', cashierId: 'me', day: '2026-12-08', state: 'OPEN', totals: {}, total: '0.00', payments: [],
  openedAt: '2026-12-08T01:00:00Z', version: 1, ...over,
})
const pay = { paymentId: 'p', unitId: 'u', method: 'CASH' as const, amount: '1.00', receiptNumber: 'R', at: '2026-12-08T01:00:00Z' }

describe('cashier batches', () => {
  it('stand open, closed, cancelled, or waiting for a cancellation', () => {
    expect(standingOf(batch({}))).toBe('OPEN')
    expect(standingOf(batch({ state: 'CLOSED' }))).toBe('CLOSED')
    expect(standingOf(batch({ state: 'CLOSED', cancellation: 'PENDING' }))).toBe('CANCELLATION_PENDING')
    expect(standingOf(batch({ state: 'CLOSED', cancellation: 'REJECTED' }))).toBe('CLOSED')
    expect(standingOf(batch({ state: 'CANCELLED', cancellation: 'APPROVED' }))).toBe('CANCELLED')
  })

  it('add up the day by method in fen, cancelled batches left out', () => {
    const totals = totalsByMethod([
      batch({ totals: { CASH: '0.10', POS: '100.00' }, total: '100.10' }),
      batch({ totals: { CASH: '0.20' }, total: '0.20' }),
      batch({ state: 'CANCELLED', totals: { CASH: '999.00' }, total: '999.00' }),
    ])
    expect(totals).toEqual({ CASH: 30, POS: 10000, BANK_TRANSFER: 0, SCANNED_QR: 0, ALL: 10030 })
  })

  it('are closed while open; only their cashier asks to cancel one with payments, once', () => {
    expect(batchActions(batch({ payments: [pay] }), 'me')).toEqual({ close: true, cancel: true })
    expect(batchActions(batch({ payments: [pay] }), 'someone-else')).toEqual({ close: true, cancel: false })
    expect(batchActions(batch({}), 'me')).toEqual({ close: true, cancel: false })
    expect(batchActions(batch({ state: 'CLOSED', payments: [pay] }), 'me')).toEqual({ close: false, cancel: true })
    expect(batchActions(batch({ state: 'CLOSED', payments: [pay], cancellation: 'PENDING' }), 'me')).toEqual({ close: false, cancel: false })
    expect(batchActions(batch({ state: 'CANCELLED', payments: [pay] }), 'me')).toEqual({ close: false, cancel: false })
  })
})
