import { describe, expect, it } from 'vitest'
import desk from '.'

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

describe('the desk speaks both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(desk.messages.en)).toEqual(keys(desk.messages['zh-CN']))
    expect(keys(desk.messages['zh-CN'])).toContain('log.lookupMany')
  })
})
