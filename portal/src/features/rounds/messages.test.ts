import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import messages from './messages'
import { KNOWN_PROBLEMS } from './text'
import { DAYS_OF_WEEK, FREQUENCIES, INTERVAL_UNITS, ITEM_TYPES, LOCATION_KINDS, PLAN_KINDS, POINT_STATES, SEVERITIES } from './types'

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

const zh = keys(messages['zh-CN'])

describe('plans and rounds speak both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every point state, kind, frequency, unit, weekday, item type, severity, place and explained problem', () => {
    for (const s of POINT_STATES) expect(zh).toContain(`pointState.${s}`)
    for (const k of PLAN_KINDS) expect(zh).toContain(`kind.${k}`)
    for (const f of FREQUENCIES) expect(zh).toContain(`frequency.${f}`)
    for (const u of INTERVAL_UNITS) expect(zh).toContain(`intervalUnit.${u}`)
    for (const u of INTERVAL_UNITS) expect(zh).toContain(`schedule.words.every.${u}`)
    for (const d of DAYS_OF_WEEK) expect(zh).toContain(`weekday.${d}`)
    for (const i of ITEM_TYPES) expect(zh).toContain(`itemType.${i}`)
    for (const s of SEVERITIES) expect(zh).toContain(`severity.${s}`)
    for (const l of LOCATION_KINDS) expect(zh).toContain(`locationKind.${l}`)
    for (const code of KNOWN_PROBLEMS) expect(zh).toContain(`problem.${code}`)
  })

  it('every key the pages read exists', () => {
    const used = new Set<string>()
    for (const file of readdirSync(__dirname).filter((f) => /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts'))) {
      const source = readFileSync(join(__dirname, file), 'utf8')
      for (const m of source.matchAll(/t\('rounds\.([a-zA-Z0-9.-]+)'/g)) used.add(m[1])
      for (const m of source.matchAll(/T\('([a-zA-Z0-9.-]+)'\)/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(150)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })

  it('the problems the editors find before sending read in both languages', () => {
    for (const key of ['checklist.problem.id', 'checklist.problem.faultTypeRequired', 'routes.problem.tagTwice', 'routes.problem.offsets']) {
      expect(zh).toContain(key)
    }
  })
})
