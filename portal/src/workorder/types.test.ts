import { describe, expect, it } from 'vitest'
import { etagOf } from './types'

describe('the version of a work order as If-Match', () => {
  it('quotes the version, as the server writes its ETag', () => {
    expect(etagOf({ version: 0 })).toBe('"0"')
    expect(etagOf({ version: 12 })).toBe('"12"')
  })

  it('sends none when the answer carries no version', () => {
    expect(etagOf({} as { version: number })).toBeUndefined()
  })
})
