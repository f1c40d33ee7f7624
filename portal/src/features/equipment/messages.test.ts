import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import messages from './messages'
import { KNOWN_PROBLEMS } from './ledger'
import { CERTIFICATE_KINDS, EQUIPMENT_STATES, EQUIPMENT_TYPES, LOCATION_KINDS } from './types'
import { METRICS } from './health'

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

const zh = keys(messages['zh-CN'])

describe('the equipment pages speak both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every type, state, place, certificate kind, chart metric and explained problem', () => {
    for (const type of EQUIPMENT_TYPES) expect(zh).toContain(`type.${type}`)
    for (const state of EQUIPMENT_STATES) expect(zh).toContain(`state.${state}`)
    for (const kind of LOCATION_KINDS) expect(zh).toContain(`locationKind.${kind}`)
    for (const kind of CERTIFICATE_KINDS) expect(zh).toContain(`cert.kind.${kind}`)
    for (const metric of METRICS) expect(zh).toContain(`health.metric.${metric}`)
    for (const code of KNOWN_PROBLEMS) expect(zh).toContain(`problem.${code}`)
  })

  it('every key the pages read exists', () => {
    const dir = __dirname
    const used = new Set<string>()
    for (const file of readdirSync(dir).filter((f) => /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8')
      for (const m of source.matchAll(/t\('equipment\.([a-zA-Z0-9.]+)'/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(50)
    const missing = [...used].filter((key) => !zh.includes(key))
    expect(missing).toEqual([])
  })
})
