import { describe, expect, it } from 'vitest'
import { addDays, chinaDay, chinaToday, figuresOn, heldPayments, unitOfPayer, withBalances } from './ledger'
import type { LedgerLine, LineKind } from './types'

let n = 0
const line = (kind: LineKind, amount: string, postedAt: string, extra: Partial<LedgerLine> = {}): LedgerLine =>
  ({ id: extra.id ?? `${kind}-${++n}`, kind, amount, postedAt, ...extra })

// A unit billed 287.40 for November and 25.00 of water; pays 300.00 at the desk (oldest first); a late fee of 2.16 is
// waived; 50.00 more is paid in December and 20.00 of it refunded.
const lines: LedgerLine[] = [
  line('CHARGE', '287.40', '2026-11-01T02:00:00Z', { id: 'pm-11', dueOn: '2026-11-15' }),
  line('CHARGE', '25.00', '2026-11-01T02:00:00Z', { id: 'water-11', dueOn: '2026-11-15' }),
  line('LATE_FEE', '2.16', '2026-11-20T16:30:00Z', { id: 'late-1', chargeId: 'pm-11', dueOn: '2026-11-21' }),
  line('PAYMENT', '300.00', '2026-11-25T03:00:00Z', { id: 'DESK:a', method: 'CASH' }),
  line('ALLOCATION', '287.40', '2026-11-25T03:00:00Z', { chargeId: 'pm-11', paymentId: 'DESK:a' }),
  line('ALLOCATION', '12.60', '2026-11-25T03:00:00Z', { chargeId: 'water-11', paymentId: 'DESK:a' }),
  line('WAIVER', '2.16', '2026-11-26T03:00:00Z', { chargeId: 'late-1', approvalId: 'waiver:1' }),
  line('PAYMENT', '50.00', '2026-12-02T03:00:00Z', { id: 'DESK:b', method: 'POS' }),
  line('ALLOCATION', '12.40', '2026-12-02T03:00:00Z', { chargeId: 'water-11', paymentId: 'DESK:b' }),
  line('REFUND', '20.00', '2026-12-05T03:00:00Z', { paymentId: 'DESK:b', approvalId: 'refund:1' }),
]

describe('a ledger line by line', () => {
  it('runs the balance: charges and late fees up, payments and waivers down, allocations leave it, refunds up', () => {
    const balanced = withBalances(lines)
    expect(balanced.map((l) => l.balanceFen)).toEqual([28740, 31240, 31456, 1456, 1456, 1456, 1240, -3760, -3760, -1760])
    expect(balanced.find((l) => l.kind === 'ALLOCATION')!.effectFen).toBe(0)
  })

  it('adds up to owed, prepaid and the balance at the end of a day in China', () => {
    // 2026-11-20T16:30Z is 2026-11-21 00:30 in China: the late fee is not there at the end of the 20th
    expect(figuresOn(lines, '2026-11-20')).toEqual({ owedFen: 31240, prepaidFen: 0, balanceFen: 31240 })
    expect(figuresOn(lines, '2026-11-21')).toEqual({ owedFen: 31456, prepaidFen: 0, balanceFen: 31456 })
    expect(figuresOn(lines, '2026-11-30')).toEqual({ owedFen: 1240, prepaidFen: 0, balanceFen: 1240 })
    expect(figuresOn(lines, '2026-12-31')).toEqual({ owedFen: 0, prepaidFen: 1760, balanceFen: -1760 })
    expect(figuresOn(lines, '2026-10-31')).toEqual({ owedFen: 0, prepaidFen: 0, balanceFen: 0 })
  })

  it('knows which payments still hold money to refund', () => {
    expect(heldPayments(lines)).toEqual([
      { paymentId: 'DESK:b', method: 'POS', postedAt: '2026-12-02T03:00:00Z', amountFen: 5000, heldFen: 1760 },
    ])
  })

  it('reads days in China time', () => {
    expect(chinaDay('2026-12-07T16:00:00Z')).toBe('2026-12-08')
    expect(chinaDay('2026-12-07T15:59:59Z')).toBe('2026-12-07')
    expect(chinaToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
    expect(addDays('2026-12-08', 40)).toBe('2027-01-17')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
  })

  it('finds the unit of a payer', () => {
    expect(unitOfPayer('UNIT:u-1')).toBe('u-1')
    expect(unitOfPayer('PERSON:p-1')).toBeNull()
    expect(unitOfPayer(null)).toBeNull()
  })
})
