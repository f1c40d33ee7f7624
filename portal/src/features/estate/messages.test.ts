import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import estate from '.'
import { AREA_KINDS, METER_KINDS, SPACE_STATES, UNIT_STATES, UNIT_TYPES } from './api'
import { PROBLEM_CODES, problemCodeKey } from './importing'

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

const zh = keys(estate.messages['zh-CN'])

describe('the estate speaks both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(estate.messages.en)).toEqual(zh)
  })
  it('every value of the service has a label', () => {
    const wanted = [
      ...UNIT_TYPES.map((v) => `unitType.${v}`), ...UNIT_STATES.map((v) => `unitState.${v}`), ...AREA_KINDS.map((v) => `areaKind.${v}`),
      ...SPACE_STATES.map((v) => `spaceState.${v}`), ...METER_KINDS.map((v) => `meter.${v}`), ...METER_KINDS.map((v) => `meterUnit.${v}`),
      ...PROBLEM_CODES.map((c) => problemCodeKey(c)!.replace('estate.', '')),
    ]
    expect(wanted.filter((k) => !zh.includes(k))).toEqual([])
  })
  it('every literal key the pages use exists', () => {
    const dir = __dirname
    const used = readdirSync(dir).filter((f) => /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/t\('estate\.([A-Za-z0-9.]+)'/g)].map((m) => m[1]))
    expect(used.length).toBeGreaterThan(50)
    expect([...new Set(used)].filter((k) => !zh.includes(k))).toEqual([])
  })
  it('states read as property staff say them', () => {
    const zhMessages = estate.messages['zh-CN'] as { unitState: Record<string, string> }
    expect(Object.values(zhMessages.unitState)).toEqual(['未售', '已交付', '装修中', '已入住', '出租', '空置'])
  })
})
