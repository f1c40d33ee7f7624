import { describe, expect, it } from 'vitest'
import kpi from '../kpi'
import announcements from '../announcements'
import people from '.'
import integrations from '../integrations'

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

describe('the admin features speak both languages', () => {
  for (const feature of [kpi, announcements, people, integrations]) {
    it(`${feature.name}: en has every key zh-CN has, and no more`, () => {
      expect(keys(feature.messages.en)).toEqual(keys(feature.messages['zh-CN']))
      expect(keys(feature.messages['zh-CN']).length).toBeGreaterThan(10)
    })
  }
})
