import { describe, expect, it } from 'vitest'
import { percentOf, perTenThousand, policyBodyOf, policyFor, policyFormOf, policyProblems } from './latefee'
import type { LateFeePolicy } from './types'

const policy = (feeItemId: string | null, extra: Partial<LateFeePolicy> = {}): LateFeePolicy => ({
  id: `p-${feeItemId}`, communityId: 'c', feeItemId, graceDays: 15, mode: 'DAILY_RATE', dailyRate: '0.0005',
  oneOffAmount: null, capShare: '0.3', startsOn: '2026-12-01', version: 3, ...extra,
})

describe('late-fee policies', () => {
  it('writes 万分之五 a day and a 30% cap as the API’s shares, exactly', () => {
    const form = { ...policyFormOf(null, '2026-12-08'), perTenThousand: '5', capPercent: '30' }
    expect(policyBodyOf(form)).toEqual({ graceDays: 15, mode: 'DAILY_RATE', dailyRate: '0.0005', capShare: '0.3', startsOn: '2026-12-08' })
    expect(policyBodyOf({ ...form, perTenThousand: '0.5', capPercent: '' })).toEqual({
      graceDays: 15, mode: 'DAILY_RATE', dailyRate: '0.00005', startsOn: '2026-12-08',
    })
    expect(policyBodyOf({ ...form, mode: 'ONE_OFF', oneOffAmount: '20', capPercent: '100' })).toEqual({
      graceDays: 15, mode: 'ONE_OFF', oneOffAmount: '20.00', capShare: '1', startsOn: '2026-12-08',
    })
  })

  it('reads a policy back into the form', () => {
    expect(policyFormOf(policy(null), '2026-12-08')).toEqual({
      feeItemId: null, graceDays: 15, mode: 'DAILY_RATE', perTenThousand: '5', oneOffAmount: '', capPercent: '30', startsOn: '2026-12-01',
    })
    expect(perTenThousand('0.00012')).toBe('1.2')
    expect(percentOf('0.0525')).toBe('5.25')
  })

  it('says what does not hold together before sending', () => {
    const form = policyFormOf(null, '2026-12-08')
    expect(policyProblems(form)).toEqual({})
    expect(policyProblems({ ...form, perTenThousand: '' })).toEqual({ dailyRate: 'rateRequired' })
    expect(policyProblems({ ...form, perTenThousand: '101' })).toEqual({ dailyRate: 'rateRange' })
    expect(policyProblems({ ...form, perTenThousand: '0' })).toEqual({ dailyRate: 'rateRange' })
    expect(policyProblems({ ...form, perTenThousand: '100' })).toEqual({})
    expect(policyProblems({ ...form, perTenThousand: '0.001' })).toEqual({ dailyRate: 'rateRange' })
    expect(policyProblems({ ...form, mode: 'ONE_OFF' })).toEqual({ oneOffAmount: 'amountRequired' })
    expect(policyProblems({ ...form, mode: 'ONE_OFF', oneOffAmount: '0' })).toEqual({ oneOffAmount: 'amountFormat' })
    expect(policyProblems({ ...form, capPercent: '120' })).toEqual({ capShare: 'capRange' })
    expect(policyProblems({ ...form, graceDays: 400 })).toEqual({ graceDays: 'graceRange' })
  })

  it('finds the policy an item falls under: its own before the community’s', () => {
    const all = policy(null)
    const own = policy('pm', { graceDays: 30 })
    expect(policyFor([all, own], 'pm')).toBe(own)
    expect(policyFor([all, own], 'water')).toBe(all)
    expect(policyFor([own], 'water')).toBeUndefined()
  })
})

describe('the example beside the form', () => {
  it('computes 万分之五 on ¥1,000 for 10 days as ¥5.00, and caps it', async () => {
    const { exampleLateFee } = await import('./latefee')
    expect(exampleLateFee(100_000, '5', 10, '')).toBe(500)
    expect(exampleLateFee(100_000, '5', 30, '')).toBe(1500)
    expect(exampleLateFee(100_000, '5', 30, '1')).toBe(1000)
    expect(exampleLateFee(33_333, '3', 7, '')).toBe(70)
    expect(exampleLateFee(100_000, 'x', 10, '')).toBeNull()
  })
})
