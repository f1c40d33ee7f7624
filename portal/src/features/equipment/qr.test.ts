import { describe, expect, it } from 'vitest'
import { darkModules, qrShape } from './qr'

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 core. */
function finderAt(cells: Set<string>, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6
      const core = r >= 2 && r <= 4 && c >= 2 && c <= 4
      if (cells.has(`${top + r},${left + c}`) !== (ring || core)) return false
    }
  }
  return true
}

describe('a QR code drawn as an SVG path', () => {
  const value = 'EQ-7K3M9Q2X4T8V1B6N5R0C'

  it('is a version 2 code (25 modules) for a ledger value, alphanumeric at level M, with a 4-module quiet zone', () => {
    const shape = qrShape(value)
    expect(shape.modules).toBe(25)
    expect(shape.size).toBe(33)
  })

  it('has its three finder patterns where a scanner looks for them, and nothing in the quiet zone', () => {
    const shape = qrShape(value)
    const cells = darkModules(shape)
    const n = shape.modules
    expect(finderAt(cells, 0, 0)).toBe(true)
    expect(finderAt(cells, 0, n - 7)).toBe(true)
    expect(finderAt(cells, n - 7, 0)).toBe(true)
    expect(finderAt(cells, n - 7, n - 7)).toBe(false)
    for (const cell of cells) {
      const [r, c] = cell.split(',').map(Number)
      expect(r >= 0 && r < n && c >= 0 && c < n).toBe(true)
    }
  })

  it('has the timing patterns: alternating modules between the finders', () => {
    const shape = qrShape(value)
    const cells = darkModules(shape)
    for (let i = 8; i < shape.modules - 8; i++) {
      expect(cells.has(`6,${i}`)).toBe(i % 2 === 0)
      expect(cells.has(`${i},6`)).toBe(i % 2 === 0)
    }
  })

  it('differs for different values and is the same for the same value', () => {
    expect(qrShape(value).path).toBe(qrShape(value).path)
    expect(qrShape('EQ-7K3M9Q2X4T8V1B6N5R0D').path).not.toBe(qrShape(value).path)
  })

  it('carries values that are not alphanumeric as bytes', () => {
    expect(qrShape('eq-lower-case').modules).toBeGreaterThanOrEqual(21)
  })
})
