import { describe, expect, it } from 'vitest'
import { fenToAmount, parseAmountInput, previewAllocation, suggestedFen, sumFen, toFen, yuan } from './money'

describe('money in whole fen', () => {
  it('reads amounts exactly', () => {
    expect(toFen('312.40')).toBe(31240)
    expect(toFen('312.4')).toBe(31240)
    expect(toFen('0.01')).toBe(1)
    expect(toFen('7')).toBe(700)
    expect(toFen('-2.16')).toBe(-216)
    expect(toFen('-0.00')).toBe(0)
    expect(() => toFen('1.234')).toThrow()
    expect(() => toFen('abc')).toThrow()
    expect(() => toFen('')).toThrow()
  })

  it('writes them back with two places', () => {
    expect(fenToAmount(31240)).toBe('312.40')
    expect(fenToAmount(5)).toBe('0.05')
    expect(fenToAmount(-216)).toBe('-2.16')
    expect(fenToAmount(0)).toBe('0.00')
    expect(() => fenToAmount(0.5)).toThrow()
  })

  it('sums without the float error 0.1 + 0.2 makes', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(fenToAmount(sumFen(['0.10', '0.20']))).toBe('0.30')
    const many = Array.from({ length: 1000 }, () => '0.01')
    expect(fenToAmount(sumFen(many))).toBe('10.00')
    expect(sumFen(['312.40', null, '87.60', undefined])).toBe(40000)
  })

  it('shows yuan with the sign, ¥ and thousands', () => {
    expect(yuan('1234567.5')).toBe('¥1,234,567.50')
    expect(yuan(-216)).toBe('-¥2.16')
    expect(yuan('0')).toBe('¥0.00')
    expect(yuan(null)).toBe('—')
  })

  it('reads what a cashier types', () => {
    expect(parseAmountInput('100')).toBe(10000)
    expect(parseAmountInput('¥1,000.5')).toBe(100050)
    expect(parseAmountInput('12.')).toBe(1200)
    expect(parseAmountInput(' 0.01 ')).toBe(1)
    expect(parseAmountInput('0')).toBeNull()
    expect(parseAmountInput('1.005')).toBeNull()
    expect(parseAmountInput('-5')).toBeNull()
    expect(parseAmountInput('abc')).toBeNull()
    expect(parseAmountInput('')).toBeNull()
    expect(parseAmountInput('10000000.01')).toBeNull()
  })
})

describe('a desk payment allocated as the server does', () => {
  const open = [
    { chargeId: 'late', outstanding: '2.16', dueOn: '2026-12-20' },
    { chargeId: 'pm-11', outstanding: '287.40', dueOn: '2026-11-15' },
    { chargeId: 'water', outstanding: '25.00', dueOn: '2026-12-15' },
  ]

  it('pays the oldest first when no charge is ticked, and keeps the rest as prepaid', () => {
    const p = previewAllocation(toFen('300.00'), open, [])
    expect(p.lines).toEqual([
      { chargeId: 'pm-11', fen: 28740, settles: true },
      { chargeId: 'water', fen: 1260, settles: false },
    ])
    expect(p.prepaidFen).toBe(0)
    const all = previewAllocation(toFen('400.00'), open, [])
    expect(all.lines.map((l) => l.chargeId)).toEqual(['pm-11', 'water', 'late'])
    expect(all.prepaidFen).toBe(40000 - 28740 - 2500 - 216)
  })

  it('pays only the ticked charges, in the order ticked; more than they owe is prepaid', () => {
    const p = previewAllocation(toFen('30.00'), open, ['late', 'water'])
    expect(p.lines).toEqual([
      { chargeId: 'late', fen: 216, settles: true },
      { chargeId: 'water', fen: 2500, settles: true },
    ])
    expect(p.prepaidFen).toBe(3000 - 216 - 2500)
  })

  it('suggests what the ticked charges owe, or all that is owed', () => {
    expect(suggestedFen(open, [])).toBe(31456)
    expect(suggestedFen(open, ['water', 'late'])).toBe(2716)
  })
})
