import { describe, expect, it } from 'vitest'
import dispatch from './index'
import sla from '../sla/index'
import technician from '../technician/index'

/** Every text of these features in both languages: the same keys, none empty. */
function keys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix]
  return Object.entries(messages).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key)).sort()
}

function empties(messages: unknown, prefix = ''): string[] {
  if (typeof messages === 'string') return messages.trim() ? [] : [prefix]
  return Object.entries(messages as object).flatMap(([key, value]) => empties(value, `${prefix}.${key}`))
}

describe('texts of the dispatch, SLA and technician features', () => {
  for (const feature of [dispatch, sla, technician]) {
    it(`${feature.name}: zh-CN and en have the same keys, and none is empty`, () => {
      expect(keys(feature.messages.en)).toEqual(keys(feature.messages['zh-CN']))
      expect(empties(feature.messages['zh-CN'])).toEqual([])
      expect(empties(feature.messages.en)).toEqual([])
    })

    it(`${feature.name}: every menu entry and route title is a text it has`, () => {
      const own = new Set(keys(feature.messages['zh-CN']).map((k) => `${feature.name}.${k}`))
      for (const entry of feature.menu) expect(own.has(entry.label)).toBe(true)
      for (const route of feature.routes) expect(own.has(String(route.meta?.title))).toBe(true)
    })
  }
})
