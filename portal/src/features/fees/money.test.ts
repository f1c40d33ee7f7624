import { describe, expect, it } from 'vitest'
import { fenToYuan, formatFen, formatMoney, formatPrice, formatShare, isAmount, normalizeAmount, shiftDecimal, sumFen, toFen } from './money'

describe('money in fen', () => {
  it('reads the API amounts into whole fen, never through floats', () => {
    expect(toFen('312.40')).toBe(31240)
    expect(toFen('0.1')).toBe(10)
    expect(toFen('0.07')).toBe(7)
    expect(toFen('1200')).toBe(120000)
    expect(toFen('-0.50')).toBe(-50)
    expect(toFen('-0')).toBe(0)
    expect(toFen('2510000.00')).toBe(251000000)
    for (const bad of ['', 'abc', '1.234', '1,200.00', '¥3', null, undefined, '.5']) expect(toFen(bad as string)).toBeNull()
  })

  it('adds up amounts that floats would get wrong', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumFen(['0.10', '0.20'])).toBe(30)
    expect(fenToYuan(sumFen(['312.40', '44.40', '0.01']))).toBe('356.81')
    expect(sumFen(Array.from({ length: 10_000 }, () => '0.01'))).toBe(10_000)
    expect(sumFen(['1.00', 'x', null])).toBe(100)
  })

  it('shows money with ¥, separators and two places', () => {
    expect(formatFen(123450)).toBe('¥1,234.50')
    expect(formatFen(5)).toBe('¥0.05')
    expect(formatFen(-300)).toBe('-¥3.00')
    expect(formatFen(251000000)).toBe('¥2,510,000.00')
    expect(formatMoney('936.6')).toBe('¥936.60')
    expect(formatMoney(null)).toBe('—')
    expect(fenToYuan(-5)).toBe('-0.05')
  })

  it('checks and normalizes what people type', () => {
    expect(isAmount('12.5')).toBe(true)
    expect(isAmount('0')).toBe(false)
    expect(isAmount('0', { positive: false })).toBe(true)
    expect(isAmount('1.234')).toBe(false)
    expect(isAmount('1234567890')).toBe(false)
    expect(isAmount('1234567890', { digits: 10 })).toBe(true)
    expect(normalizeAmount(' 12.5 ')).toBe('12.50')
    expect(normalizeAmount('nope')).toBeNull()
  })

  it('shows prices to four places at most', () => {
    expect(formatPrice('2.5')).toBe('¥2.50')
    expect(formatPrice('1.2345')).toBe('¥1.2345')
    expect(formatPrice('1.2000')).toBe('¥1.20')
    expect(formatPrice('1200')).toBe('¥1,200.00')
    expect(formatPrice(null)).toBe('—')
  })

  it('moves decimal points as text', () => {
    expect(shiftDecimal('5', -4)).toBe('0.0005')
    expect(shiftDecimal('0.5', -4)).toBe('0.00005')
    expect(shiftDecimal('0.0005', 4)).toBe('5')
    expect(shiftDecimal('30', -2)).toBe('0.3')
    expect(shiftDecimal('100', -2)).toBe('1')
    expect(shiftDecimal('0.3', 2)).toBe('30')
    expect(shiftDecimal('0.9350', 2)).toBe('93.5')
    expect(shiftDecimal('12.', 0)).toBe('12')
    expect(shiftDecimal('-1', 2)).toBeNull()
    expect(shiftDecimal('', 2)).toBeNull()
    expect(formatShare('0.1898')).toBe('18.98%')
    expect(formatShare('1.0000')).toBe('100.00%')
    expect(formatShare(null)).toBe('—')
  })
})
