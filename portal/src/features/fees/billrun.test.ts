import { describe, expect, it } from 'vitest'
import { finished, itemsForPeriod, payerOf, pollDelay, progressOf, sameSelection, skipReasonKey } from './billrun'
import type { FeeItem, Standard } from './types'

const item = (id: string, standard: Partial<Standard>): FeeItem => ({
  id, communityId: 'c', kind: 'OTHER', name: id, billedUntil: null, createdAt: '', createdBy: '', version: 1,
  standards: [{
    number: 1, effectiveFrom: '2026-12-01', formula: 'FIXED', price: '1', cycle: 'MONTHLY', mode: 'PREPAID',
    dueRule: { kind: 'DAY_OF_MONTH', days: 15 }, rounding: { scale: 2, mode: 'HALF_UP' }, billed: false, ...standard,
  }],
})

describe('bill runs', () => {
  it('lists first the items that can bill the period, and says why the others cannot', () => {
    const items = [
      item('quarterly', { cycle: 'QUARTERLY' }),
      item('monthly', {}),
      item('later', { effectiveFrom: '2027-01-01' }),
      item('water', { formula: 'METERED', mode: 'POSTPAID' }),
      item('deposit', { cycle: 'ONCE' }),
    ]
    const choices = itemsForPeriod(items, '2026-12', '2026-12-08')
    expect(choices.map((c) => [c.item.id, c.why])).toEqual([
      ['monthly', undefined], ['deposit', undefined], ['quarterly', 'cycle'], ['later', 'notInForce'], ['water', 'notEnded'],
    ])
    expect(itemsForPeriod(items, '2026-11', '2026-12-08').find((c) => c.item.id === 'water')?.why).toBe('notInForce')
    expect(itemsForPeriod([item('water', { formula: 'METERED', mode: 'POSTPAID', effectiveFrom: '2026-01-01' })], '2026-11', '2026-12-08')[0].why)
      .toBeUndefined()
    expect(itemsForPeriod(items, '2026-Q4', '2026-12-08').filter((c) => !c.why)).toEqual([])
    expect(itemsForPeriod(items, '2027-Q1', '2026-12-08').filter((c) => !c.why).map((c) => c.item.id)).toEqual(['quarterly', 'deposit'])
  })

  it('keeps a dry run only for the same community, period and items, in any order', () => {
    const a = { communityId: 'c', period: '2026-12', feeItemIds: ['x', 'y'] }
    expect(sameSelection(a, { ...a, feeItemIds: ['y', 'x'] })).toBe(true)
    expect(sameSelection(a, { ...a, feeItemIds: ['x'] })).toBe(false)
    expect(sameSelection(a, { ...a, period: '2027-01' })).toBe(false)
    expect(sameSelection(null, a)).toBe(false)
  })

  it('shows progress as bills of those planned', () => {
    expect(progressOf({ status: 'RUNNING', bills: 2500, planned: 10000 })).toBe(25)
    expect(progressOf({ status: 'RUNNING', bills: 0, planned: 0 })).toBe(0)
    expect(progressOf({ status: 'RUNNING', bills: 12, planned: 10 })).toBe(100)
    expect(progressOf({ status: 'DONE', bills: 0, planned: 0 })).toBe(100)
    expect(finished({ status: 'FAILED' })).toBe(true)
    expect(finished({ status: 'RUNNING' })).toBe(false)
    expect(pollDelay(0)).toBe(1000)
    expect(pollDelay(30)).toBe(3000)
  })

  it('puts the server’s reasons for skipping in words, keeping unknown ones as they are', () => {
    expect(skipReasonKey('unit has no area')).toBe('noArea')
    expect(skipReasonKey('metered item without approved consumption')).toBe('noConsumption')
    expect(skipReasonKey('BUILDING_AREA charges units only')).toBe('unitsOnly')
    expect(skipReasonKey('something new')).toBeNull()
    expect(payerOf('UNIT:u-1')).toEqual({ kind: 'UNIT', id: 'u-1' })
    expect(payerOf('PERSON:a:b')).toEqual({ kind: 'PERSON', id: 'a:b' })
  })
})
