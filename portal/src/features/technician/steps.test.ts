import { describe, expect, it } from 'vitest'
import { groupCounts, groupOf, money, quoteLines, quoteTotalCents, stepsFor, type PriceItem, stillMine } from './steps'

const names = (w: Parameters<typeof stepsFor>[0]) => stepsFor(w).map((o) => (o.blocked ? `${o.step}!${o.blocked}` : o.step))

describe('the technician’s next steps', () => {
  it('takes or declines dispatched work', () => {
    expect(names({ status: 'DISPATCHED', unitId: 'u' })).toEqual(['take', 'decline'])
  })

  it('starts taken work, quotes an in-unit repair, and waits for the owner to approve a quote', () => {
    expect(names({ status: 'TAKEN', unitId: 'u' })).toEqual(['start', 'quote', 'decline'])
    expect(names({ status: 'TAKEN', unitId: undefined })).toEqual(['start', 'decline'])
    expect(names({ status: 'TAKEN', unitId: 'u', quote: { status: 'PROPOSED' } })).toEqual(['start!quoteWaiting', 'quote', 'decline'])
    expect(names({ status: 'TAKEN', unitId: 'u', quote: { status: 'DECLINED' } })).toEqual(['start!quoteDeclined', 'quote', 'decline'])
    expect(names({ status: 'TAKEN', unitId: 'u', quote: { status: 'APPROVED' } })).toEqual(['start', 'decline'])
  })

  it('resolves or holds work in progress, resumes held work, and offers nothing after', () => {
    expect(names({ status: 'IN_PROGRESS', unitId: 'u' })).toEqual(['resolve', 'hold'])
    expect(names({ status: 'ON_HOLD', unitId: 'u' })).toEqual(['resume'])
    expect(names({ status: 'RESOLVED', unitId: 'u' })).toEqual([])
    expect(names({ status: 'ACCEPTED', unitId: 'u' })).toEqual([])
  })
})

const items: PriceItem[] = [
  { code: 'labour-hour', name: '维修工时', unit: '小时', price: 50 },
  { code: 'angle-valve', name: '角阀', unit: '个', price: 38 },
  { code: 'pipe', name: 'PPR 水管', unit: '米', price: 25.35 },
]

describe('quoting from the price list', () => {
  it('sends only lines with a quantity, in list order', () => {
    expect(quoteLines(items, { pipe: 1.5, 'labour-hour': 0, 'angle-valve': 2 })).toEqual([
      { code: 'angle-valve', quantity: 2 }, { code: 'pipe', quantity: 1.5 },
    ])
  })

  it('adds up lines rounded to cents', () => {
    // 2 × 38.00 + 1.5 × 25.35 (38.025 → 38.03) = 114.03
    expect(quoteTotalCents(items, { 'angle-valve': 2, pipe: 1.5 })).toBe(11403)
    expect(quoteTotalCents(items, {})).toBe(0)
    expect(money(11403)).toBe('¥114.03')
    expect(money(500, 'USD')).toBe('USD 5.00')
  })
})

describe('grouping the assignments', () => {
  it('groups by what the technician does next, and counts them', () => {
    expect(groupOf('DISPATCHED')).toBe('new')
    expect(groupOf('TAKEN')).toBe('taken')
    expect(groupOf('ON_HOLD')).toBe('working')
    expect(groupOf('RESOLVED')).toBe('done')
    expect(groupCounts(['DISPATCHED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED'])).toEqual({ all: 4, new: 2, taken: 0, working: 1, done: 1 })
  })
})

describe('after a step', () => {
  it('keeps the card while the work is still the technician’s, and drops it once a decline handed it back', () => {
    expect(stillMine({ assigneeId: 'zhou' }, 'zhou')).toBe(true)
    expect(stillMine({ assigneeId: null }, 'zhou')).toBe(false)
    expect(stillMine({ assigneeId: 'wu' }, 'zhou')).toBe(false)
    expect(stillMine({ assigneeId: undefined }, '')).toBe(false)
  })
})
