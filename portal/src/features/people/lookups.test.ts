import { describe, expect, it } from 'vitest'
import { categoryNames } from './lookups'

describe('category names', () => {
  it('names top trades plainly and sub-categories under their trade', () => {
    expect(categoryNames([
      { code: 'plumbing', name: '给排水', active: true, children: [{ code: 'plumbing-leak', name: '漏水', active: true, children: [] }] },
      { code: 'hvac', name: '暖通空调', active: true, children: [] },
    ])).toEqual({ plumbing: '给排水', 'plumbing-leak': '给排水 / 漏水', hvac: '暖通空调' })
  })
})
